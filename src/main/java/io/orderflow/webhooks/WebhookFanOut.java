package io.orderflow.webhooks;

import java.lang.reflect.RecordComponent;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.orderflow.order.OrderEvent;
import io.orderflow.order.OrderViews;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Turns an order event into one delivery per subscription that wants its type, with the
 * body fixed now: the event record's facts and the order's public view as it is after the
 * change. The webhook id is the event's id, so a retry or a resend carries the same id
 * and a receiver can drop what it already has. It reads the order without locking it: the
 * order's own steps never wait for a body being written.
 */
@Component
class WebhookFanOut {

	private static final Set<String> ENVELOPE = Set.of("eventId", "type", "orderNumber", "occurredAt");

	private final WebhookSubscriptionRepository subscriptions;

	private final WebhookDeliveryRepository deliveries;

	private final OrderViews views;

	private final ObjectMapper json;

	private final WebhookProperties properties;

	private final Clock clock;

	private final TransactionTemplate savepoint;

	WebhookFanOut(WebhookSubscriptionRepository subscriptions, WebhookDeliveryRepository deliveries, OrderViews views,
			ObjectMapper json, WebhookProperties properties, Clock clock, PlatformTransactionManager transactions) {
		this.subscriptions = subscriptions;
		this.deliveries = deliveries;
		this.views = views;
		this.json = json;
		this.properties = properties;
		this.clock = clock;
		this.savepoint = new TransactionTemplate(transactions);
		this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
	}

	@ApplicationModuleListener
	void on(OrderEvent event) throws JsonProcessingException {
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
			String content = body;
			try {
				// A second handling of the same event finds the first's delivery
				// by its key; the savepoint keeps the transaction usable.
				savepoint.executeWithoutResult(nested -> deliveries.insert(subscription.id(), webhookId,
						event.type().name(), event.orderNumber(), content, now, now.plus(properties.retryFor())));
			}
			catch (DuplicateKeyException alreadyStored) {
				// the other handling stored it
			}
		}
	}

	private String body(OrderEvent event) throws JsonProcessingException {
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("orderNumber", event.orderNumber());
		data.putAll(facts(event));
		data.put("order", views.details(event.orderNumber()));
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("type", event.type().name());
		body.put("timestamp", event.occurredAt());
		body.put("data", data);
		return json.writeValueAsString(body);
	}

	/**
	 * The event record's own components (what it adds to the order), in declaration order
	 * and without the empty ones, as the mapper writes them; the envelope (id, type,
	 * order number, time) is the body's, not the data's.
	 */
	static Map<String, Object> facts(OrderEvent event) {
		Map<String, Object> facts = new LinkedHashMap<>();
		if (!event.getClass().isRecord()) {
			throw new IllegalArgumentException(event.getClass() + " is no record: an event's facts are its components");
		}
		for (RecordComponent component : event.getClass().getRecordComponents()) {
			if (ENVELOPE.contains(component.getName())) {
				continue;
			}
			Object value = value(component, event);
			if (value != null) {
				facts.put(component.getName(), value);
			}
		}
		return facts;
	}

	private static Object value(RecordComponent component, OrderEvent event) {
		try {
			return component.getAccessor().invoke(event);
		}
		catch (ReflectiveOperationException e) {
			throw new IllegalStateException("Cannot read " + component + " of " + event, e);
		}
	}

}
