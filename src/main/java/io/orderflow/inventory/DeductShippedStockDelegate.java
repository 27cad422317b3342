package io.orderflow.inventory;

import java.util.Map;

import io.orderflow.order.Orders;
import io.orderflow.workflow.ProcessVariables;
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
		String orderNumber = ProcessVariables.orderNumber(execution);
		String shipmentKey = ProcessVariables.required(execution, ProcessVariables.SHIPMENT_KEY);
		Map<String, Integer> shipped = reservations.ship(orderNumber,
				ProcessVariables.required(execution, ProcessVariables.WAREHOUSE), shipmentKey);
		orders.recordShipment(orderNumber, shipmentKey, shipped);
	}

}
