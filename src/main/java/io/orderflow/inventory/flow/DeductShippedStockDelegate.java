package io.orderflow.inventory.flow;

import java.util.Map;

import io.orderflow.inventory.StockReservations;
import io.orderflow.order.OrderLines;
import io.orderflow.workflow.FulfillmentProcess;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

@Component("deductShippedStock")
class DeductShippedStockDelegate implements JavaDelegate {

	private final StockReservations reservations;

	private final OrderLines orderLines;

	DeductShippedStockDelegate(StockReservations reservations, OrderLines orderLines) {
		this.reservations = reservations;
		this.orderLines = orderLines;
	}

	@Override
	public void execute(DelegateExecution execution) {
		FulfillmentProcess process = FulfillmentProcess.of(execution);
		Map<String, Integer> shipped = reservations.ship(process.orderNumber(), process.warehouse(),
				process.shipmentKey());
		orderLines.recordShipment(process.orderNumber(), process.shipmentKey(), shipped);
	}

}
