package io.orderflow.inventory.flow;

import java.util.Map;

import io.orderflow.inventory.StockReservations;
import io.orderflow.order.Orders;
import io.orderflow.workflow.FulfillmentProcess;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

@Component("deductShippedStock")
class DeductShippedStockDelegate implements JavaDelegate {

	private final StockReservations reservations;

	private final Orders orders;

	DeductShippedStockDelegate(StockReservations reservations, Orders orders) {
		this.reservations = reservations;
		this.orders = orders;
	}

	@Override
	public void execute(DelegateExecution execution) {
		FulfillmentProcess process = FulfillmentProcess.of(execution);
		Map<String, Integer> shipped = reservations.ship(process.orderNumber(), process.warehouse(),
				process.shipmentKey());
		orders.recordShipment(process.orderNumber(), process.shipmentKey(), shipped);
	}

}
