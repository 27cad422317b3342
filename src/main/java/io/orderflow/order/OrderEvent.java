package io.orderflow.order;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A domain event about an order. Capabilities publish their own records of it through
 * Spring's {@code ApplicationEventPublisher} inside the transaction of the change; Spring
 * Modulith's event publication registry stores it in that transaction and hands it to the
 * listeners (customer mail, webhooks) after the commit, again after a restart if they had
 * not finished.
 * <p>
 * Each record adds its own typed facts (tracking number, amount, reason, ...); consumers
 * read them from the record. Mails and webhook bodies show those facts by their component
 * names, without the empty ones, so renaming a component changes what customers and
 * partners get.
 */
public interface OrderEvent {

	/**
	 * Unique per event; a listener's dedupe key and the webhook id are derived from it.
	 */
	UUID eventId();

	OrderEventType type();

	String orderNumber();

	OffsetDateTime occurredAt();

}
