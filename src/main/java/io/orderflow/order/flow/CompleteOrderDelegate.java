package io.orderflow.order.flow;

import io.orderflow.order.OrderStatus;
import io.orderflow.order.Orders;
import io.orderflow.workflow.ProcessVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

@Component("completeOrder")
class CompleteOrderDelegate implements JavaDelegate {

	private final Orders orders;

	CompleteOrderDelegate(Orders orders) {
		this.orders = orders;
	}

	@Override
	public void execute(DelegateExecution execution) {
		orders.changeStatus(ProcessVariables.orderNumber(execution), OrderStatus.COMPLETED,
				"Return window closed; order completed");
	}

}
