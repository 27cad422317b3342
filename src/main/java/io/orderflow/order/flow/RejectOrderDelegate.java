package io.orderflow.order.flow;

import io.orderflow.order.CustomerReason;
import io.orderflow.order.OrderStatus;
import io.orderflow.order.Orders;
import io.orderflow.workflow.ProcessVariables;
import io.orderflow.workflow.ReviewDecision;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Fraud screening blocked the order, or an analyst rejected it. The analyst's reason
 * ({@code rejectionReason}, handed up from the called fraud-check process) goes on the
 * staff timeline only; the customer is told the text of the code the analyst chose
 * ({@code customerReason}), or no reason when screening blocked the order.
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
		String note = ReviewDecision.rejectionReason(execution).orElse(null);
		Object chosen = execution.getVariable(ProcessVariables.CUSTOMER_REASON);
		CustomerReason told = chosen == null ? null : CustomerReason.chosen(chosen, ProcessVariables.CUSTOMER_REASON);
		orders.changeStatus(orderNumber, OrderStatus.REJECTED,
				note == null ? "Rejected by fraud screening" : "Rejected in review: " + note, null, null, told);
	}

}
