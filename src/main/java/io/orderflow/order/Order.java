package io.orderflow.order;

import java.time.OffsetDateTime;
import java.util.List;

/** An order as captured: who, where to, what, at which prices, and where it stands. */
public record Order(String orderNumber, SalesChannel channel, OrderStatus status, Customer customer,
		Address shippingAddress, Address billingAddress, ShippingMethod shippingMethod, PaymentMethod paymentMethod, String paymentToken,
		String currency, Totals totals, List<OrderLine> lines, OffsetDateTime placedAt) {
}
