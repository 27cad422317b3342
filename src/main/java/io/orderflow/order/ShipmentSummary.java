package io.orderflow.order;

import java.time.LocalDate;

/**
 * A shipment as the order view shows it; {@code expectedDeliveryDate} counts the
 * service's transit business days from the day the label was bought.
 */
public record ShipmentSummary(String trackingNumber, String carrier, String service, String status,
		LocalDate expectedDeliveryDate) {
}
