package io.orderflow.inventory.flow;

import io.orderflow.inventory.StockReservations;
import io.orderflow.order.Orders;
import io.orderflow.workflow.ProcessVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

@Component("cancelShortLines")
class CancelShortLinesDelegate implements JavaDelegate {

	private final StockReservations reservations;

	private final Orders orders;

	CancelShortLinesDelegate(StockReservations reservations, Orders orders) {
		this.reservations = reservations;
		this.orders = orders;
	}

	@Override
	public void execute(DelegateExecution execution) {
		String orderNumber = ProcessVariables.orderNumber(execution);
		orders.cancelOpenQuantities(orderNumber, reservations.shortfall(orderNumber), "not in stock");
	}

}
