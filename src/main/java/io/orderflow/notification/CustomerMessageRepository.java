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

	void insert(String dedupeKey, String messageId, RenderedMail mail, String eventType, String orderNumber,
			MessageStatus status, OffsetDateTime at) {
		jdbc.sql("insert into customer_message (dedupe_key, message_id, event_type, order_number, recipient, subject,"
				+ " text_body, html_body, status, attempts, next_attempt_at, created_at)"
				+ " values (?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)")
			.params(dedupeKey, messageId, eventType, orderNumber, mail.recipient(), mail.subject(), mail.text(),
					mail.html(), status.name(), at, at)
			.update();
	}

	/**
	 * Pending messages whose next attempt is due, oldest first: new ones, retries, and
	 * those whose sender's claim ran out (it died or lost its connection).
	 */
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

	/**
	 * Claims a due message for one attempt, in one statement that commits on its own: its
	 * next attempt moves to {@code claimedUntil}, so no other sender takes it meanwhile,
	 * and the attempt is counted. Empty when another sender claimed or sent it first.
	 */
	Optional<Outgoing> claim(long id, OffsetDateTime now, OffsetDateTime claimedUntil, String sender) {
		int claimed = jdbc
			.sql("update customer_message set next_attempt_at = ?, claimed_by = ?, attempts = attempts + 1"
					+ " where id = ? and status = 'PENDING' and next_attempt_at <= ?")
			.params(claimedUntil, sender, id, now)
			.update();
		if (claimed == 0) {
			return Optional.empty();
		}
		return jdbc
			.sql("select id, message_id, dedupe_key, event_type, order_number, recipient, subject, text_body,"
					+ " html_body, attempts from customer_message where id = ?")
			.param(id)
			.query((rs, row) -> new Outgoing(rs.getLong("id"), rs.getString("message_id"), rs.getString("dedupe_key"),
					rs.getString("event_type"), rs.getString("order_number"), rs.getString("recipient"),
					rs.getString("subject"), rs.getString("text_body"), rs.getString("html_body"),
					rs.getInt("attempts")))
			.optional();
	}

	/** False if another sender recorded the message first. */
	boolean markSent(long id, OffsetDateTime at) {
		return jdbc
			.sql("update customer_message set status = 'SENT', sent_at = ?, next_attempt_at = null,"
					+ " last_error = null, claimed_by = null where id = ? and status = 'PENDING'")
			.params(at, id)
			.update() > 0;
	}

	/** False if another sender recorded the message first. */
	boolean markFailedAttempt(long id, MessageStatus status, OffsetDateTime next, String error) {
		return jdbc
			.sql("update customer_message set status = ?, next_attempt_at = ?, last_error = ?, claimed_by = null"
					+ " where id = ? and status = 'PENDING'")
			.params(status.name(), next, error, id)
			.update() > 0;
	}

	/**
	 * How many messages wait to be sent and have failed, and when the oldest waiting one
	 * was written.
	 */
	Backlog backlog() {
		return jdbc
			.sql("select count(case when status = 'PENDING' then 1 end) as pending,"
					+ " count(case when status = 'FAILED' then 1 end) as failed,"
					+ " min(case when status = 'PENDING' then created_at end) as oldest_pending"
					+ " from customer_message where status in ('PENDING', 'FAILED')")
			.query((rs, row) -> new Backlog(rs.getLong("pending"), rs.getLong("failed"),
					rs.getObject("oldest_pending", OffsetDateTime.class)))
			.single();
	}

	/** A claimed message, as the sender needs it. */
	record Outgoing(long id, String messageId, String dedupeKey, String eventType, String orderNumber, String recipient,
			String subject, String textBody, String htmlBody, int attempts) {
	}

	record Backlog(long pending, long failed, OffsetDateTime oldestPending) {
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
