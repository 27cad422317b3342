package io.orderflow.fraud.flow;

import io.orderflow.order.CustomerOrders;
import io.orderflow.order.Order;
import io.orderflow.order.Orders;
import io.orderflow.workflow.ProcessVariables;
import io.orderflow.workflow.TaskCard;
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

	private final CustomerOrders customerOrders;

	PresentReviewListener(Orders orders, CustomerOrders customerOrders) {
		this.orders = orders;
		this.customerOrders = customerOrders;
	}

	@Override
	public void notify(DelegateTask task) {
		Order order = orders.get(ProcessVariables.orderNumber(task));
		TaskCard.of(task)
			.billTo(order.billingAddress().oneLine())
			.paymentBy(order.paymentMethod().label())
			.customerHistory(customerOrders.historyBefore(order, LATEST_ORDERS).describe());
	}

}
