package io.orderflow.order;

import io.orderflow.workflow.ProcessVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

@Component("rejectOrder")
class RejectOrderDelegate implements JavaDelegate {

	private final Orders orders;

	RejectOrderDelegate(Orders orders) {
		this.orders = orders;
	}

	@Override
	public void execute(DelegateExecution execution) {
		orders.changeStatus(ProcessVariables.orderNumber(execution), OrderStatus.REJECTED,
				"Rejected by fraud screening");
	}

}
