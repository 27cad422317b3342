package io.orderflow.returns;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

import io.orderflow.order.OrderEvent;
import io.orderflow.order.OrderEventType;

/** A return of the order was approved, rejected, received or closed unreceived. */
public record ReturnEvent(UUID eventId, OrderEventType type, String orderNumber, OffsetDateTime occurredAt,
		String returnNumber, String message) implements OrderEvent {

	@Override
	public Map<String, Object> facts() {
		return OrderEvent.facts("returnNumber", returnNumber, "reason", message);
	}

}
