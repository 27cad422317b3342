package io.orderflow.inventory.flow;

import java.util.Map;

import io.orderflow.inventory.StockReservations;
import io.orderflow.order.OrderLines;
import io.orderflow.workflow.FulfillmentProcess;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The parcel was handed over: its reserved stock leaves the warehouse and the order's
 * lines record it. Takes the order row's lock before the stock rows', the one lock order
 * of every path (a cancellation on another node locks the order, then releases stock); a
 * cancellation that got the lock first has won, and the hand-over finds its task gone.
 */
@Component("deductShippedStock")
class DeductShippedStockDelegate implements JavaDelegate {

	private final StockReservations reservations;

	private final OrderLines orderLines;

	private final WarehouseStepLock lock;

	DeductShippedStockDelegate(StockReservations reservations, OrderLines orderLines, WarehouseStepLock lock) {
		this.reservations = reservations;
		this.orderLines = orderLines;
		this.lock = lock;
	}

	@Override
	public void execute(DelegateExecution execution) {
		lock.lock(execution);
		FulfillmentProcess process = FulfillmentProcess.of(execution);
		Map<String, Integer> shipped = reservations.ship(process.orderNumber(), process.warehouse(),
				process.shipmentKey());
		orderLines.recordShipment(process.orderNumber(), process.shipmentKey(), shipped);
	}

}
