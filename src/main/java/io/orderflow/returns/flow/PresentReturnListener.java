package io.orderflow.returns.flow;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.stream.Collectors;

import io.orderflow.order.Money;
import io.orderflow.order.Order;
import io.orderflow.order.Orders;
import io.orderflow.returns.ReturnProcess;
import io.orderflow.returns.ReturnRequest;
import io.orderflow.returns.Returns;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Puts what customer service needs to judge a return into the task, for its form: the
 * reason in words, the items at the prices paid, the refund with the tax it includes,
 * when the order was delivered and who to contact; and the order number and customer name
 * for the task card in Tasklist. The warehouse's inspection gets {@link #presentItems}
 * only.
 */
@Component("presentReturn")
class PresentReturnListener implements TaskListener {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

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
		presentItems(task, request, order);
		task.setVariableLocal("customer", order.customer().name() + " <" + order.customer().email() + ">");
		task.setVariableLocal("returnLines",
				request.lines()
					.stream()
					.map(line -> line.quantity() + " × " + line.sku() + "  " + line.productName() + "  @ "
							+ Money.of(line.unitPrice(), order.currency()) + " + tax")
					.collect(Collectors.joining("\n")));
		task.setVariableLocal("refundDue",
				Money.of(returns.refundDue(request), order.currency()) + " incl. tax (shipping is not refunded)");
		task.setVariableLocal("deliveredOn",
				orders.deliveredAt(request.orderNumber())
					.map(at -> DAY.format(at) + " (" + returns.daysSinceDelivery(request.orderNumber()) + " days ago)")
					.orElse("No delivery recorded"));
	}

	/** What the return is about, without prices or contact data. */
	static void presentItems(DelegateTask task, ReturnRequest request, Order order) {
		task.setVariableLocal("orderNumber", request.orderNumber());
		task.setVariableLocal("customerName", order.customer().name());
		task.setVariableLocal("returnReason",
				request.reason().label() + (request.comment() == null ? "" : ": " + request.comment()));
		task.setVariableLocal("returnLines",
				request.lines()
					.stream()
					.map(line -> line.quantity() + " × " + line.sku() + "  " + line.productName())
					.collect(Collectors.joining("\n")));
	}

}
