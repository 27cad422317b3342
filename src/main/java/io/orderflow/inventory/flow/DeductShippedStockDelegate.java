package io.orderflow.inventory.flow;

import java.util.Map;

import io.orderflow.inventory.StockReservations;
import io.orderflow.order.OrderLines;
import io.orderflow.order.Orders;
import io.orderflow.workflow.FulfillmentProcess;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The parcel was handed over: its reserved stock leaves the warehouse and the order's
 * lines record it. Takes the order row's lock before the stock rows', the one lock order
 * of every path (a cancellation on another node locks the order, then releases stock).
 */
@Component("deductShippedStock")
class DeductShippedStockDelegate implements JavaDelegate {

	private final StockReservations reservations;

	private final OrderLines orderLines;

	private final Orders orders;

	DeductShippedStockDelegate(StockReservations reservations, OrderLines orderLines, Orders orders) {
		this.reservations = reservations;
		this.orderLines = orderLines;
		this.orders = orders;
	}

	@Override
	public void execute(DelegateExecution execution) {
		FulfillmentProcess process = FulfillmentProcess.of(execution);
		orders.getForUpdate(process.orderNumber());
		Map<String, Integer> shipped = reservations.ship(process.orderNumber(), process.warehouse(),
				process.shipmentKey());
		orderLines.recordShipment(process.orderNumber(), process.shipmentKey(), shipped);
	}

}
