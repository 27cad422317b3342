package io.orderflow.inventory;

import io.orderflow.order.OrderStatus;
import io.orderflow.order.Orders;
import io.orderflow.workflow.ProcessVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

@Component("markBackordered")
class MarkBackorderedDelegate implements JavaDelegate {

	private final StockReservations reservations;

	private final Orders orders;

	MarkBackorderedDelegate(StockReservations reservations, Orders orders) {
		this.reservations = reservations;
		this.orders = orders;
	}

	@Override
	public void execute(DelegateExecution execution) {
		String orderNumber = ProcessVariables.orderNumber(execution);
		orders.changeStatus(orderNumber, OrderStatus.BACKORDERED,
				"Waiting for stock of " + Orders.describe(reservations.shortfall(orderNumber)) + "; customer service decides how to go on");
	}

}
