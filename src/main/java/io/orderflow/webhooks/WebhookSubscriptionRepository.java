package io.orderflow.webhooks;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import io.orderflow.order.OrderEventType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class WebhookSubscriptionRepository {

	private static final String COLUMNS = "id, target_url, event_types, secret, created_at";

	private final JdbcClient jdbc;

	WebhookSubscriptionRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(WebhookSubscription subscription) {
		jdbc.sql("insert into webhook_subscription (" + COLUMNS + ") values (?, ?, ?, ?, ?)")
			.params(subscription.id(), subscription.targetUrl(),
					subscription.eventTypes().stream().map(Enum::name).collect(Collectors.joining(",")),
					subscription.secret(), subscription.createdAt())
			.update();
	}

	List<WebhookSubscription> active() {
		return jdbc.sql("select " + COLUMNS + " from webhook_subscription where deleted_at is null order by created_at")
			.query(WebhookSubscriptionRepository::map)
			.list();
	}

	Optional<WebhookSubscription> find(String id) {
		return jdbc.sql("select " + COLUMNS + " from webhook_subscription where id = ? and deleted_at is null")
			.param(id)
			.query(WebhookSubscriptionRepository::map)
			.optional();
	}

	boolean delete(String id, OffsetDateTime at) {
		return jdbc.sql("update webhook_subscription set deleted_at = ? where id = ? and deleted_at is null")
			.params(at, id)
			.update() > 0;
	}

	private static WebhookSubscription map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new WebhookSubscription(rs.getString("id"), rs.getString("target_url"),
				Arrays.stream(rs.getString("event_types").split(",")).map(OrderEventType::valueOf).toList(),
				rs.getString("secret"), rs.getObject("created_at", OffsetDateTime.class));
	}

}
