package io.orderflow.order;

import java.util.stream.Collectors;

import io.orderflow.workflow.ProcessVariables;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Gives a user task's form what a person needs to see of the order. The values are
 * task-local display text, gone when the task completes; the process itself keeps only
 * the order number. Order number, customer name and shipping method are task-local too:
 * Tasklist shows a filter's variables on a task card only if the user may read them, and
 * staff may read their own tasks, not the process instance.
 */
@Component("presentOrder")
class PresentOrderListener implements TaskListener {

	private final Orders orders;

	PresentOrderListener(Orders orders) {
		this.orders = orders;
	}

	@Override
	public void notify(DelegateTask task) {
		Order order = orders.get(ProcessVariables.orderNumber(task));
		task.setVariableLocal(ProcessVariables.ORDER_NUMBER, order.orderNumber());
		task.setVariableLocal("customerName", order.customer().name());
		task.setVariableLocal("shippingMethod", String.valueOf(order.shippingMethod()));
		task.setVariableLocal("customer", order.customer().name() + " <" + order.customer().email() + ">");
		task.setVariableLocal("shipTo",
				order.shippingAddress().name() + ", " + order.shippingAddress().line1() + ", "
						+ order.shippingAddress().postalCode() + " " + order.shippingAddress().city() + ", "
						+ order.shippingAddress().country() + " (" + order.shippingMethod() + ")");
		task.setVariableLocal("orderLines",
				order.lines()
					.stream()
					.map(l -> l.quantity() + " × " + l.sku() + "  " + l.productName() + "  @ " + l.unitPrice())
					.collect(Collectors.joining("\n")));
		task.setVariableLocal("orderTotal", order.totals().grandTotal() + " " + order.currency());
	}

}
