package io.orderflow.order.flow;

import io.orderflow.order.Orders;
import io.orderflow.workflow.OrderProcess;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

@Component("checkShippingProgress")
class CheckShippingProgressDelegate implements JavaDelegate {

	private final Orders orders;

	CheckShippingProgressDelegate(Orders orders) {
		this.orders = orders;
	}

	@Override
	public void execute(DelegateExecution execution) {
		OrderProcess process = OrderProcess.of(execution);
		process.allShipped(orders.openQuantities(process.orderNumber()).isEmpty());
	}

}
