package io.orderflow.order.flow;

import io.orderflow.order.OrderStatus;
import io.orderflow.order.Orders;
import io.orderflow.workflow.ProcessVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * The order is IN_FULFILLMENT from the moment its fulfilment starts (later rounds of a
 * split order keep it so).
 */
@Component("markInFulfillment")
class MarkInFulfillmentListener implements ExecutionListener {

	private final Orders orders;

	MarkInFulfillmentListener(Orders orders) {
		this.orders = orders;
	}

	@Override
	public void notify(DelegateExecution execution) {
		orders.changeStatus(ProcessVariables.orderNumber(execution), OrderStatus.IN_FULFILLMENT,
				"Sent to the warehouse");
	}

}
