package io.orderflow.order;

import java.util.stream.Collectors;

import io.orderflow.workflow.ProcessVariables;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Gives a user task's form what a person needs to see of the order. The values are
 * task-local display text, gone when the task completes; the process itself keeps only
 * the order number.
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
