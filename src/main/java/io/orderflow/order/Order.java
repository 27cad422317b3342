package io.orderflow.order;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** An order as captured: who, where to, what, at which prices, and where it stands. */
public record Order(String orderNumber, SalesChannel channel, OrderStatus status, Customer customer,
		Address shippingAddress, Address billingAddress, ShippingMethod shippingMethod, PaymentMethod paymentMethod,
		String paymentToken, String currency, Totals totals, List<OrderLine> lines, OffsetDateTime placedAt) {

	/** What is still to ship per SKU: ordered, less cancelled, less shipped. */
	public Map<String, Integer> openQuantities() {
		Map<String, Integer> open = new TreeMap<>();
		lines.stream()
			.filter(line -> line.openQuantity() > 0)
			.forEach(line -> open.merge(line.sku(), line.openQuantity(), Integer::sum));
		return open;
	}

}
