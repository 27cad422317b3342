package io.orderflow.shipping;

import java.util.Date;
import java.util.Map;

import io.orderflow.order.Order;
import io.orderflow.order.Orders;
import io.orderflow.order.ShippingMethod;
import org.springframework.stereotype.Component;

/**
 * Priority and due date of the warehouse's tasks, read by the fulfilment diagram as
 * {@code ${warehousePriority.priority(orderNumber)}} and
 * {@code ${warehousePriority.dueDate(orderNumber)}}: express and expedited orders before
 * standard ones, and within a method the oldest order first, because its promised
 * dispatch ({@code orderflow.shipping.dispatch-within}) is due first. Tasklist sorted by
 * priority (descending), then due date (ascending) shows the most urgent work on top.
 */
@Component("warehousePriority")
public class WarehousePriority {

	static final Map<ShippingMethod, Integer> PRIORITIES = Map.of(ShippingMethod.EXPEDITED, 90, ShippingMethod.EXPRESS,
			80, ShippingMethod.STANDARD, 50);

	private final Orders orders;

	private final ShippingSettings settings;

	WarehousePriority(Orders orders, ShippingSettings settings) {
		this.orders = orders;
		this.settings = settings;
	}

	public int priority(String orderNumber) {
		return PRIORITIES.get(orders.get(orderNumber).shippingMethod());
	}

	public Date dueDate(String orderNumber) {
		Order order = orders.get(orderNumber);
		return Date.from(order.placedAt().plus(settings.dispatchWithin(order.shippingMethod())).toInstant());
	}

}
