package io.orderflow.shipping;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import io.orderflow.order.OrderEvent;
import io.orderflow.order.OrderEventType;

/**
 * A parcel of the order: shipped (one event per shipment), out for delivery, or a
 * delivery problem the carrier reported. {@code expectedDeliveryDate} is set where the
 * carrier gives one.
 */
public record ShipmentEvent(UUID eventId, OrderEventType type, String orderNumber, OffsetDateTime occurredAt,
		String shipmentKey, String carrier, String service, String trackingNumber,
		LocalDate expectedDeliveryDate) implements OrderEvent {
}
