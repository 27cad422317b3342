package io.orderflow.order.flow;

import io.orderflow.order.OrderStatus;
import io.orderflow.order.Orders;
import io.orderflow.workflow.ProcessVariables;
import io.orderflow.workflow.ReviewDecision;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Fraud screening blocked the order, or an analyst rejected it: the customer is told the
 * analyst's reason ({@code rejectionReason}, handed up from the called fraud-check
 * process).
 */
@Component("rejectOrder")
class RejectOrderDelegate implements JavaDelegate {

	private final Orders orders;

	RejectOrderDelegate(Orders orders) {
		this.orders = orders;
	}

	@Override
	public void execute(DelegateExecution execution) {
		String orderNumber = ProcessVariables.orderNumber(execution);
		String reason = ReviewDecision.rejectionReason(execution).orElse(null);
		orders.changeStatus(orderNumber, OrderStatus.REJECTED,
				reason == null ? "Rejected by fraud screening" : "Rejected in review: " + reason, null, reason);
	}

}
