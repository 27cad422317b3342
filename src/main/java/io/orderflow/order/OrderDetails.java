package io.orderflow.order;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import org.springframework.lang.Nullable;

/**
 * An order as the API shows it: with its payment status, shipments and timeline, and when
 * it is expected to arrive ({@code expectedDeliveryDate}, see
 * {@link io.orderflow.order.spi.OrderDetailsSources.ShipmentSource#expectedDeliveryDate}),
 * and what about it needs a person ({@code attention}: an incident, an overdue task;
 * empty when nothing does).
 */
public record OrderDetails(String orderNumber, OrderStatus status, SalesChannel channel,
		@Nullable @Schema(description = "The channel's own number of the order, if it sent one") String externalOrderId,
		Customer customer, Address shippingAddress, Address billingAddress, ShippingMethod shippingMethod,
		PaymentMethod paymentMethod, String currency, List<OrderLine> lines, Totals totals, @Schema(allowableValues = {
				"PENDING", "AUTHORIZING", "AUTHORIZED", "CAPTURED", "PARTIALLY_REFUNDED", "REFUNDED", "VOIDED",
				"FAILED", "NOT_TAKEN", "VOID_PENDING" }) String paymentStatus,
		List<ShipmentSummary> shipments, List<TimelineEntry> timeline, OffsetDateTime placedAt,
		@Nullable LocalDate expectedDeliveryDate, List<Attention> attention){
}
