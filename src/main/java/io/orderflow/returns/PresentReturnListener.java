package io.orderflow.returns;

import java.util.stream.Collectors;

import io.orderflow.order.Order;
import io.orderflow.order.Orders;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Puts what a person needs to judge a return into the task, for its form, and the order
 * number and customer name for the task card in Tasklist.
 */
@Component("presentReturn")
class PresentReturnListener implements TaskListener {

	private final Returns returns;

	private final Orders orders;

	PresentReturnListener(Returns returns, Orders orders) {
		this.returns = returns;
		this.orders = orders;
	}

	@Override
	public void notify(DelegateTask task) {
		ReturnRequest request = returns.get(ReturnProcess.of(task).returnNumber());
		Order order = orders.get(request.orderNumber());
		task.setVariableLocal("orderNumber", request.orderNumber());
		task.setVariableLocal("customerName", order.customer().name());
		task.setVariableLocal("customer", order.customer().name() + " <" + order.customer().email() + ">");
		task.setVariableLocal("returnReason",
				request.reason() + (request.comment() == null ? "" : ": " + request.comment()));
		task.setVariableLocal("returnLines", request.lines()
			.stream()
			.map(line -> line.quantity() + " × " + line.sku() + "  " + line.productName() + "  @ " + line.unitPrice())
			.collect(Collectors.joining("\n")));
		task.setVariableLocal("refundDue", returns.refundDue(request) + " " + order.currency());
	}

}
