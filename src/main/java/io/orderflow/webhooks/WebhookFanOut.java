package io.orderflow.webhooks;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.orderflow.order.OrderEvent;
import io.orderflow.order.OrderViews;
import io.orderflow.order.Orders;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Turns an order event into one delivery per subscription that wants its type, with the
 * body fixed now: the event and the order's public view as it is after the change. The
 * webhook id is the event's id, so a retry or a resend carries the same id and a receiver
 * can drop what it already has.
 */
@Component
class WebhookFanOut {

	private final WebhookSubscriptionRepository subscriptions;

	private final WebhookDeliveryRepository deliveries;

	private final OrderViews views;

	private final Orders orders;

	private final ObjectMapper json;

	private final WebhookProperties properties;

	private final Clock clock;

	WebhookFanOut(WebhookSubscriptionRepository subscriptions, WebhookDeliveryRepository deliveries, OrderViews views,
			Orders orders, ObjectMapper json, WebhookProperties properties, Clock clock) {
		this.orders = orders;
		this.subscriptions = subscriptions;
		this.deliveries = deliveries;
		this.views = views;
		this.json = json;
		this.properties = properties;
		this.clock = clock;
	}

	@ApplicationModuleListener
	void on(OrderEvent event) throws JsonProcessingException {
		// Serializes handlings of the same event (see CustomerMail): the second finds the
		// deliveries the first wrote.
		orders.getForUpdate(event.orderNumber());
		String webhookId = "msg_" + event.eventId();
		String body = null;
		OffsetDateTime now = OffsetDateTime.now(clock);
		for (WebhookSubscription subscription : subscriptions.active()) {
			if (!subscription.eventTypes().contains(event.type()) || deliveries.exists(subscription.id(), webhookId)) {
				continue;
			}
			if (body == null) {
				body = body(event);
			}
			deliveries.insert(subscription.id(), webhookId, event.type().name(), event.orderNumber(), body, now,
					now.plus(properties.retryFor()));
		}
	}

	private String body(OrderEvent event) throws JsonProcessingException {
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("orderNumber", event.orderNumber());
		data.putAll(event.facts());
		data.put("order", views.details(event.orderNumber()));
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("type", event.type().name());
		body.put("timestamp", event.occurredAt());
		body.put("data", data);
		return json.writeValueAsString(body);
	}

}
