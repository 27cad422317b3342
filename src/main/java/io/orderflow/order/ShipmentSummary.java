package io.orderflow.order;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.media.Schema;
import org.springframework.lang.Nullable;

/**
 * A shipment as the order view shows it; {@code expectedDeliveryDate} counts the
 * service's transit business days from the day the label was bought.
 */
public record ShipmentSummary(String trackingNumber, String carrier, String service, @Schema(allowableValues = {
		"LABEL_CREATED", "HANDED_OVER", "IN_TRANSIT", "OUT_FOR_DELIVERY", "DELIVERY_ATTEMPTED", "DELIVERED",
		"EXCEPTION", "RETURNED_TO_SENDER", "LOST", "RESHIPPED", "REFUNDED", "CANCELLED" }) String status,
		@Nullable LocalDate expectedDeliveryDate){
}
