package io.orderflow.payment;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

import io.orderflow.order.OrderEvent;
import io.orderflow.order.OrderEventType;

/**
 * The order's money: a payment problem (declined, new details needed), a bank transfer to
 * make, or a refund. {@code amount} is what is due or was refunded.
 */
public record PaymentEvent(UUID eventId, OrderEventType type, String orderNumber, OffsetDateTime occurredAt,
		BigDecimal amount, String currency, String reason, String returnNumber) implements OrderEvent {
}
