package io.orderflow.returns.flow;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.stream.Collectors;

import io.orderflow.order.Money;
import io.orderflow.order.Order;
import io.orderflow.order.Orders;
import io.orderflow.order.Timeline;
import io.orderflow.returns.ReturnProcess;
import io.orderflow.returns.ReturnRequest;
import io.orderflow.returns.Returns;
import io.orderflow.workflow.TaskCard;
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

	private final Timeline timeline;

	PresentReturnListener(Returns returns, Orders orders, Timeline timeline) {
		this.returns = returns;
		this.orders = orders;
		this.timeline = timeline;
	}

	@Override
	public void notify(DelegateTask task) {
		ReturnRequest request = returns.get(ReturnProcess.of(task).returnNumber());
		Order order = orders.get(request.orderNumber());
		presentItems(TaskCard.of(task), request, order)
			.customer(order.customer().name() + " <" + order.customer().email() + ">")
			.returnLines(request.lines()
				.stream()
				.map(line -> line.quantity() + " × " + line.sku() + "  " + line.productName() + "  @ "
						+ Money.of(line.unitPrice(), order.currency()) + " + tax")
				.collect(Collectors.joining("\n")))
			.refundDue(Money.of(returns.refundDue(request), order.currency()) + " incl. tax (shipping is not refunded)")
			.deliveredOn(timeline.deliveredAt(request.orderNumber())
				.map(at -> DAY.format(at) + " (" + returns.daysSinceDelivery(request.orderNumber()) + " days ago)")
				.orElse("No delivery recorded"));
	}

	/**
	 * What the return is about, without prices or contact data; each caller adds the
	 * lines as its reader may see them.
	 */
	static TaskCard presentItems(TaskCard card, ReturnRequest request, Order order) {
		return card.orderNumber(request.orderNumber())
			.customerName(order.customer().name())
			.returnReason(request.reason().label() + (request.comment() == null ? "" : ": " + request.comment()));
	}

}
