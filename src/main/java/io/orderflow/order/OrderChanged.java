package io.orderflow.order;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * The order itself moved on: placed, under review, rejected, backordered, confirmed,
 * delivered, cancelled or completed. {@code reason} is what the timeline says;
 * {@code cancellationCause} names why a cancelled order was cancelled (request, timer or
 * decision), {@code customerReason} what a rejected customer is told (the staff's own
 * note never travels here), {@code expectedDeliveryDate} is set where known.
 */
public record OrderChanged(UUID eventId, OrderEventType type, String orderNumber, OffsetDateTime occurredAt,
		OrderStatus status, String reason, String cancellationCause, CustomerReason customerReason,
		LocalDate expectedDeliveryDate) implements OrderEvent {
}
