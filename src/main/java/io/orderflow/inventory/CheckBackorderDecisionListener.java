package io.orderflow.inventory;

import io.orderflow.order.Orders;
import io.orderflow.order.TimelineEntryType;
import io.orderflow.workflow.BackorderDecision;
import io.orderflow.workflow.OrderProcess;
import io.orderflow.workflow.TaskActor;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Refuses a backorder decision that cannot be carried out, with a message customer
 * service can act on.
 */
@Component("checkBackorderDecision")
class CheckBackorderDecisionListener implements TaskListener {

	private final StockReservations reservations;

	private final Orders orders;

	CheckBackorderDecisionListener(StockReservations reservations, Orders orders) {
		this.reservations = reservations;
		this.orders = orders;
	}

	@Override
	public void notify(DelegateTask task) {
		OrderProcess process = OrderProcess.of(task);
		BackorderDecision decision = process.decision();
		if (decision == null) {
			throw new IllegalArgumentException("Choose one of " + BackorderDecision.choices());
		}
		String orderNumber = process.orderNumber();
		if (decision == BackorderDecision.CANCEL_ORDER && reservations.anyShipped(orderNumber)) {
			throw new IllegalArgumentException(
					"Part of order " + orderNumber + " has already shipped; cancel the short lines instead");
		}
		if (decision == BackorderDecision.CANCEL_SHORT_LINES && !reservations.anyShipped(orderNumber)
				&& reservations.active(orderNumber).isEmpty()) {
			throw new IllegalArgumentException(
					"Nothing of order " + orderNumber + " is in stock; cancel the order instead");
		}
		String actor = TaskActor.of(task);
		orders.record(orderNumber, TimelineEntryType.BACKORDER_DECISION,
				"Customer service decided " + decision + (actor == null ? "" : " (" + actor + ")"));
	}

}
