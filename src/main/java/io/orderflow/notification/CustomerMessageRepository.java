package io.orderflow.notification;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Customer mails: rendered from events, sent by {@link CustomerMailSender}. */
@Repository
public class CustomerMessageRepository {

	private final JdbcClient jdbc;

	CustomerMessageRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	boolean exists(String dedupeKey) {
		return jdbc.sql("select count(*) from customer_message where dedupe_key = ?")
			.param(dedupeKey)
			.query(Integer.class)
			.single() > 0;
	}

	void insert(String dedupeKey, RenderedMail mail, String eventType, String orderNumber, MessageStatus status,
			OffsetDateTime at) {
		jdbc.sql("insert into customer_message (dedupe_key, event_type, order_number, recipient, subject, text_body,"
				+ " html_body, status, attempts, next_attempt_at, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)")
			.params(dedupeKey, eventType, orderNumber, mail.recipient(), mail.subject(), mail.text(), mail.html(),
					status.name(), at, at)
			.update();
	}

	/** Pending messages whose next attempt is due, oldest first. */
	List<Long> due(OffsetDateTime now, int limit) {
		return jdbc
			.sql("select id from customer_message where status = 'PENDING' and next_attempt_at <= ?"
					+ " order by next_attempt_at, id")
			.param(now)
			.query(Long.class)
			.list()
			.stream()
			.limit(limit)
			.toList();
	}

	/** Locks the message for sending; empty once another sender has sent it. */
	Optional<CustomerMessage> lockPending(long id) {
		return jdbc.sql("select * from customer_message where id = ? and status = 'PENDING' for update")
			.param(id)
			.query(CustomerMessageRepository::map)
			.optional();
	}

	void markSent(long id, int attempts, OffsetDateTime at) {
		jdbc.sql("update customer_message set status = 'SENT', attempts = ?, sent_at = ?, next_attempt_at = null,"
				+ " last_error = null where id = ?")
			.params(attempts, at, id)
			.update();
	}

	void markFailedAttempt(long id, int attempts, MessageStatus status, OffsetDateTime next, String error) {
		jdbc.sql(
				"update customer_message set status = ?, attempts = ?, next_attempt_at = ?, last_error = ? where id = ?")
			.params(status.name(), attempts, next, error, id)
			.update();
	}

	public List<CustomerMessage> ofOrder(String orderNumber) {
		return jdbc.sql("select * from customer_message where order_number = ? order by id")
			.param(orderNumber)
			.query(CustomerMessageRepository::map)
			.list();
	}

	private static CustomerMessage map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new CustomerMessage(rs.getLong("id"), rs.getString("event_type"), rs.getString("recipient"),
				rs.getString("subject"), rs.getString("text_body"), rs.getString("html_body"),
				MessageStatus.valueOf(rs.getString("status")), rs.getInt("attempts"),
				rs.getObject("created_at", OffsetDateTime.class), rs.getObject("sent_at", OffsetDateTime.class),
				rs.getObject("next_attempt_at", OffsetDateTime.class), rs.getString("last_error"),
				rs.getString("order_number"));
	}

	/**
	 * Keeps the order's message records (event, status, attempts, times) with the address
	 * and rendered content replaced; the subject, last error and dedupe key (event id and
	 * recipient) keep their words without the customer.
	 */
	void eraseContent(String orderNumber, String recipient, String body, Map<String, String> replacements) {
		jdbc.sql("update customer_message set recipient = ?, text_body = ?, html_body = ? where order_number = ?")
			.params(recipient, body, body, orderNumber)
			.update();
		replacements.forEach((text, replacement) -> {
			for (String column : List.of("dedupe_key", "subject", "last_error")) {
				jdbc.sql("update customer_message set " + column + " = replace(" + column + ", ?, ?)"
						+ " where order_number = ? and " + column + " like ?")
					.params(text, replacement, orderNumber, "%" + text + "%")
					.update();
			}
		});
	}

}
