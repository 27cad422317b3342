package io.orderflow.inventory.flow;

import java.util.Map;
import java.util.stream.Collectors;

import io.orderflow.inventory.Reservation;
import io.orderflow.inventory.StockReservations;
import io.orderflow.order.Order;
import io.orderflow.order.OrderLine;
import io.orderflow.order.Orders;
import io.orderflow.workflow.OrderProcess;
import io.orderflow.workflow.TaskCard;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * What a backorder decision turns on, per line still to ship (set after
 * {@code presentOrder}): how many were ordered, how many are in stock for this order, how
 * many are short. Orderflow is told of goods when they arrive, not when they are due, so
 * the form says plainly that no restock date is known.
 */
@Component("presentBackorder")
class PresentBackorderListener implements TaskListener {

	static final String NO_RESTOCK_DATE = "No restock date known: the order gets the stock as soon as the warehouse books it in";

	private final StockReservations reservations;

	private final Orders orders;

	PresentBackorderListener(StockReservations reservations, Orders orders) {
		this.reservations = reservations;
		this.orders = orders;
	}

	@Override
	public void notify(DelegateTask task) {
		String orderNumber = OrderProcess.of(task).orderNumber();
		Order order = orders.get(orderNumber);
		Map<String, Integer> reserved = reservations.active(orderNumber)
			.stream()
			.collect(Collectors.toMap(Reservation::sku, Reservation::quantity, Integer::sum));
		Map<String, Integer> shortfall = reservations.shortfall(orderNumber);
		TaskCard.of(task)
			.stockSituation(order.lines()
				.stream()
				.filter(line -> line.openQuantity() > 0)
				.map(line -> describe(line, reserved.getOrDefault(line.sku(), 0),
						shortfall.getOrDefault(line.sku(), 0)))
				.collect(Collectors.joining("\n")))
			.expectedRestock(NO_RESTOCK_DATE);
	}

	private static String describe(OrderLine line, int inStock, int missing) {
		return line.sku() + "  " + line.productName() + ": ordered " + line.openQuantity() + ", in stock " + inStock
				+ ", short " + missing;
	}

}
