package io.orderflow.webhooks;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.orderflow.webhooks.WebhookDelivery.DeliveryStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class WebhookDeliveryRepository {

	/** What the sender needs to send one delivery. */
	record Outgoing(long id, String subscriptionId, String webhookId, String body, int attempts,
			OffsetDateTime retryUntil) {
	}

	private final JdbcClient jdbc;

	WebhookDeliveryRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	boolean exists(String subscriptionId, String webhookId) {
		return jdbc.sql("select count(*) from webhook_outbound_delivery where subscription_id = ? and webhook_id = ?")
			.params(subscriptionId, webhookId)
			.query(Integer.class)
			.single() > 0;
	}

	void insert(String subscriptionId, String webhookId, String eventType, String orderNumber, String body,
			OffsetDateTime at, OffsetDateTime retryUntil) {
		jdbc.sql("insert into webhook_outbound_delivery (subscription_id, webhook_id, event_type, order_number, body,"
				+ " status, attempts, next_attempt_at, retry_until, created_at)"
				+ " values (?, ?, ?, ?, ?, 'PENDING', 0, ?, ?, ?)")
			.params(subscriptionId, webhookId, eventType, orderNumber, body, at, retryUntil, at)
			.update();
	}

	/**
	 * Claims up to {@code limit} due deliveries by moving their next attempt to
	 * {@code leaseUntil}, so the next round does not pick them up while they are in
	 * flight. Row locks keep two senders from claiming the same delivery.
	 */
	List<Outgoing> claimDue(OffsetDateTime now, OffsetDateTime leaseUntil, int limit) {
		List<Outgoing> due = jdbc
			.sql("select d.id, d.subscription_id, d.webhook_id, d.body, d.attempts, d.retry_until"
					+ " from webhook_outbound_delivery d where d.status = 'PENDING' and d.next_attempt_at <= ?"
					+ " order by d.next_attempt_at, d.id for update")
			.param(now)
			.query((rs, row) -> new Outgoing(rs.getLong("id"), rs.getString("subscription_id"),
					rs.getString("webhook_id"), rs.getString("body"), rs.getInt("attempts"),
					rs.getObject("retry_until", OffsetDateTime.class)))
			.list()
			.stream()
			.limit(limit)
			.toList();
		for (Outgoing delivery : due) {
			jdbc.sql("update webhook_outbound_delivery set next_attempt_at = ? where id = ?")
				.params(leaseUntil, delivery.id())
				.update();
		}
		return due;
	}

	/**
	 * How many deliveries wait and have failed, and when the oldest waiting one was
	 * written.
	 */
	Backlog backlog() {
		return jdbc
			.sql("select count(case when status = 'PENDING' then 1 end) as pending,"
					+ " count(case when status = 'FAILED' then 1 end) as failed,"
					+ " min(case when status = 'PENDING' then created_at end) as oldest_pending"
					+ " from webhook_outbound_delivery where status in ('PENDING', 'FAILED')")
			.query((rs, row) -> new Backlog(rs.getLong("pending"), rs.getLong("failed"),
					rs.getObject("oldest_pending", OffsetDateTime.class)))
			.single();
	}

	record Backlog(long pending, long failed, OffsetDateTime oldestPending) {
	}

	void recordAttempt(long id, OffsetDateTime at, Integer statusCode, String error, DeliveryStatus status,
			int attempts, OffsetDateTime nextAttemptAt) {
		jdbc.sql("insert into webhook_delivery_attempt (delivery_id, attempted_at, status_code, error)"
				+ " values (?, ?, ?, ?)")
			.params(id, at, statusCode, error)
			.update();
		jdbc.sql("update webhook_outbound_delivery set status = ?, attempts = ?, last_status_code = ?,"
				+ " next_attempt_at = ?, delivered_at = ? where id = ?")
			.params(status.name(), attempts, statusCode, nextAttemptAt, status == DeliveryStatus.DELIVERED ? at : null,
					id)
			.update();
	}

	/** A failed delivery goes out again now, with its retry period starting afresh. */
	boolean resend(String subscriptionId, long id, OffsetDateTime at, OffsetDateTime retryUntil) {
		return jdbc
			.sql("update webhook_outbound_delivery set status = 'PENDING', next_attempt_at = ?, retry_until = ?"
					+ " where id = ? and subscription_id = ? and status = 'FAILED'")
			.params(at, retryUntil, id, subscriptionId)
			.update() > 0;
	}

	Optional<DeliveryStatus> status(String subscriptionId, long id) {
		return jdbc.sql("select status from webhook_outbound_delivery where id = ? and subscription_id = ?")
			.params(id, subscriptionId)
			.query(String.class)
			.optional()
			.map(DeliveryStatus::valueOf);
	}

	List<WebhookDelivery> ofSubscription(String subscriptionId) {
		return jdbc.sql("select * from webhook_outbound_delivery where subscription_id = ? order by id desc")
			.param(subscriptionId)
			.query((rs, row) -> new WebhookDelivery(rs.getLong("id"), rs.getString("webhook_id"),
					rs.getString("event_type"), rs.getString("order_number"),
					DeliveryStatus.valueOf(rs.getString("status")), rs.getInt("attempts"),
					(Integer) rs.getObject("last_status_code"), rs.getObject("created_at", OffsetDateTime.class),
					rs.getObject("next_attempt_at", OffsetDateTime.class),
					rs.getObject("delivered_at", OffsetDateTime.class), attempts(rs.getLong("id"))))
			.list();
	}

	private List<WebhookDelivery.Attempt> attempts(long deliveryId) {
		return jdbc
			.sql("select attempted_at, status_code, error from webhook_delivery_attempt where delivery_id = ?"
					+ " order by id")
			.param(deliveryId)
			.query((rs, row) -> new WebhookDelivery.Attempt(rs.getObject("attempted_at", OffsetDateTime.class),
					(Integer) rs.getObject("status_code"), rs.getString("error")))
			.list();
	}

	/** Makes the replacements (in order) in the bodies of the order's deliveries. */
	void replaceInBodies(String orderNumber, Map<String, String> replacements) {
		replacements.forEach((text, replacement) -> jdbc
			.sql("update webhook_outbound_delivery set body = replace(body, ?, ?)"
					+ " where order_number = ? and body like ?")
			.params(text, replacement, orderNumber, "%" + text + "%")
			.update());
	}

}
