package io.orderflow.order;

import java.util.List;

import io.orderflow.order.spi.OrderDetailsSources.PaymentStatusSource;
import io.orderflow.order.spi.OrderDetailsSources.ShipmentSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The order as API answers show it, with what payment and shipping contribute. */
@Component
public class OrderViews {

	private final Orders orders;

	private final OrderRepository repository;

	private final Timeline timeline;

	private final PaymentStatusSource payments;

	private final ShipmentSource shipments;

	private final OrderAttention attention;

	OrderViews(Orders orders, OrderRepository repository, Timeline timeline, PaymentStatusSource payments,
			ShipmentSource shipments, OrderAttention attention) {
		this.repository = repository;
		this.orders = orders;
		this.timeline = timeline;
		this.payments = payments;
		this.shipments = shipments;
		this.attention = attention;
	}

	@Transactional(readOnly = true)
	public OrderDetails details(String orderNumber) {
		Order order = orders.get(orderNumber);
		List<ShipmentSummary> shipped = shipments.shipments(orderNumber);
		return new OrderDetails(order.orderNumber(), order.status(), order.channel(),
				repository.externalOrderId(orderNumber).orElse(null), order.customer(), order.shippingAddress(),
				order.billingAddress(), order.shippingMethod(), order.paymentMethod(), order.currency(), order.lines(),
				order.totals(), payments.paymentStatus(order).orElse("PENDING"), shipped, timeline.entries(orderNumber),
				order.placedAt(), shipments.expectedDeliveryDate(order, shipped).orElse(null),
				attention.of(orderNumber));
	}

}
