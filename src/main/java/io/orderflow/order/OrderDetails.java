package io.orderflow.order;

import java.time.OffsetDateTime;
import java.util.List;

record OrderDetails(String orderNumber, OrderStatus status, SalesChannel channel, Customer customer,
		Address shippingAddress, Address billingAddress, ShippingMethod shippingMethod, PaymentMethod paymentMethod, String currency,
		List<OrderLine> lines, Totals totals, String paymentStatus, List<ShipmentSummary> shipments,
		List<TimelineEntry> timeline, OffsetDateTime placedAt) {
}
