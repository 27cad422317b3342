package io.orderflow.inventory;

import java.time.OffsetDateTime;
import java.util.UUID;

import io.orderflow.order.OrderEvent;
import io.orderflow.order.OrderEventType;

/**
 * A backordered order: customer service decided how to go on ({@code decision}, a
 * {@code BackorderDecision}), or the missing stock arrived.
 */
public record BackorderEvent(UUID eventId, OrderEventType type, String orderNumber, OffsetDateTime occurredAt,
		String decision) implements OrderEvent {
}
