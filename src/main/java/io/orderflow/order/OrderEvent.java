package io.orderflow.order;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * A domain event about an order. Capabilities publish their own records of it through
 * Spring's {@code ApplicationEventPublisher} inside the transaction of the change; Spring
 * Modulith's event publication registry stores it in that transaction and hands it to the
 * listeners (customer mail, webhooks) after the commit, again after a restart if they had
 * not finished.
 */
public interface OrderEvent {

	/**
	 * Unique per event; a listener's dedupe key and the webhook id are derived from it.
	 */
	UUID eventId();

	OrderEventType type();

	String orderNumber();

	OffsetDateTime occurredAt();

	/**
	 * What the event adds to the order, by name ({@code trackingNumber}, {@code carrier},
	 * {@code reason}, {@code amount}, ...), without the empty ones: what mails and
	 * webhook bodies show, so their senders need no capability's types.
	 */
	Map<String, Object> facts();

	/** The non-null values of alternating names and values, in order. */
	static Map<String, Object> facts(Object... namesAndValues) {
		Map<String, Object> facts = new LinkedHashMap<>();
		for (int i = 0; i < namesAndValues.length; i += 2) {
			if (namesAndValues[i + 1] != null) {
				facts.put((String) namesAndValues[i], namesAndValues[i + 1]);
			}
		}
		return facts;
	}

}
