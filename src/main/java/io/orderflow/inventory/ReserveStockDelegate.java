package io.orderflow.inventory;

import io.orderflow.order.Order;
import io.orderflow.order.OrderStatus;
import io.orderflow.order.Orders;
import io.orderflow.workflow.BpmnErrors;
import io.orderflow.workflow.ProcessVariables;
import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

@Component("reserveStock")
class ReserveStockDelegate implements JavaDelegate {

	private final Orders orders;

	private final StockReservations reservations;

	ReserveStockDelegate(Orders orders, StockReservations reservations) {
		this.orders = orders;
		this.reservations = reservations;
	}

	@Override
	public void execute(DelegateExecution execution) {
		Order order = orders.get(ProcessVariables.orderNumber(execution));
		String warehouse = reservations.reserve(order)
			.orElseThrow(() -> new BpmnError(BpmnErrors.OUT_OF_STOCK, "No warehouse holds every line of the order"));
		execution.setVariable(ProcessVariables.WAREHOUSE, warehouse);
		orders.changeStatus(order.orderNumber(), OrderStatus.IN_FULFILLMENT, "Stock reserved in warehouse " + warehouse);
	}

}
