package io.orderflow.returns;

import java.time.OffsetDateTime;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonAlias;
import io.orderflow.order.OrderEvent;
import io.orderflow.order.OrderEventType;

/**
 * A return of the order was approved, rejected, received or closed unreceived;
 * {@code reason} says why or what comes next. ({@code message} is how publications stored
 * before it was renamed call it.)
 */
public record ReturnEvent(UUID eventId, OrderEventType type, String orderNumber, OffsetDateTime occurredAt,
		String returnNumber, @JsonAlias("message") String reason) implements OrderEvent {
}
