package io.orderflow.fraud.flow;

import io.orderflow.order.Order;
import io.orderflow.order.Orders;
import io.orderflow.workflow.ProcessVariables;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * What an analyst weighs beyond the order itself (set after {@code presentOrder}): the
 * billing address, how the customer pays, and what they ordered before.
 */
@Component("presentReview")
class PresentReviewListener implements TaskListener {

	static final int LATEST_ORDERS = 5;

	private final Orders orders;

	PresentReviewListener(Orders orders) {
		this.orders = orders;
	}

	@Override
	public void notify(DelegateTask task) {
		Order order = orders.get(ProcessVariables.orderNumber(task));
		task.setVariableLocal("billTo", order.billingAddress().oneLine());
		task.setVariableLocal("paymentBy", order.paymentMethod().label());
		task.setVariableLocal("customerHistory", orders.historyBefore(order, LATEST_ORDERS).describe());
	}

}
