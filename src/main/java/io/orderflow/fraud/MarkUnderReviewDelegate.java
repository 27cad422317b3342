package io.orderflow.fraud;

import io.orderflow.order.OrderStatus;
import io.orderflow.order.Orders;
import io.orderflow.workflow.ProcessVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

@Component("markUnderReview")
class MarkUnderReviewDelegate implements JavaDelegate {

	private final Orders orders;

	MarkUnderReviewDelegate(Orders orders) {
		this.orders = orders;
	}

	@Override
	public void execute(DelegateExecution execution) {
		orders.changeStatus(ProcessVariables.orderNumber(execution), OrderStatus.UNDER_REVIEW,
				"Held for fraud review: " + execution.getVariable(ProcessVariables.RISK_REASONS));
	}

}
