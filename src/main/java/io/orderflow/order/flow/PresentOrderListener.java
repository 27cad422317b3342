package io.orderflow.order.flow;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.stream.Collectors;

import io.orderflow.order.Money;
import io.orderflow.order.Order;
import io.orderflow.order.Orders;
import io.orderflow.order.ShippingMethod;
import io.orderflow.workflow.ProcessVariables;
import io.orderflow.workflow.TaskCard;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Gives a customer-service or fraud task's form what a person needs to see of the order,
 * contact data and amounts included; warehouse tasks get
 * {@link PresentOrderToWarehouseListener}'s view instead. The values are task-local
 * display text, gone when the task completes; the process itself keeps only the order
 * number. Order number, customer name, shipping method and the express flag are
 * task-local too: Tasklist shows a filter's variables on a task card only if the user may
 * read them, and staff may read their own tasks, not the process instance.
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
		presentCard(TaskCard.of(task), task, order, "due")
			.customer(order.customer().name() + " <" + order.customer().email() + ">")
			.orderLines(order.lines()
				.stream()
				.map(l -> l.quantity() + " × " + l.sku() + "  " + l.productName() + "  @ "
						+ Money.of(l.unitPrice(), order.currency()))
				.collect(Collectors.joining("\n")))
			.orderTotal(Money.of(order.totals().grandTotal(), order.currency()) + " incl. "
					+ Money.of(order.totals().tax(), order.currency()) + " tax");
	}

	/**
	 * What every queue's card and form show: order number, customer name, shipping
	 * method, where it goes, and for a non-standard shipping method the express flag.
	 */
	static TaskCard presentCard(TaskCard card, DelegateTask task, Order order, String dueVerb) {
		card.orderNumber(order.orderNumber())
			.customerName(order.customer().name())
			.shippingMethod(String.valueOf(order.shippingMethod()));
		if (order.shippingMethod() != ShippingMethod.STANDARD) {
			card.express(order.shippingMethod() + (task.getDueDate() == null ? "" : " — " + dueVerb + " "
					+ DUE.format(task.getDueDate().toInstant().atZone(ZoneId.systemDefault()))));
		}
		return card.shipTo(order.shippingAddress().oneLine() + " (" + order.shippingMethod() + ")");
	}

	private static final DateTimeFormatter DUE = DateTimeFormatter.ofPattern("HH:mm, d MMM", Locale.ENGLISH);

}
