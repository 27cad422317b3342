package io.orderflow.inventory.flow;

import io.orderflow.inventory.StockReservations;
import io.orderflow.order.OrderLines;
import io.orderflow.workflow.ProcessVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

@Component("cancelShortLines")
class CancelShortLinesDelegate implements JavaDelegate {

	private final StockReservations reservations;

	private final OrderLines orderLines;

	CancelShortLinesDelegate(StockReservations reservations, OrderLines orderLines) {
		this.reservations = reservations;
		this.orderLines = orderLines;
	}

	@Override
	public void execute(DelegateExecution execution) {
		String orderNumber = ProcessVariables.orderNumber(execution);
		orderLines.cancelOpenQuantities(orderNumber, reservations.shortfall(orderNumber), "not in stock");
	}

}
