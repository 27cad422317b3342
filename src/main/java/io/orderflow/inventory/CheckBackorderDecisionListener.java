package io.orderflow.inventory;

import java.util.Set;

import io.orderflow.order.Orders;
import io.orderflow.workflow.ProcessVariables;
import io.orderflow.workflow.TaskActor;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Refuses a backorder decision that cannot be carried out, with a message customer service can act on. */
@Component("checkBackorderDecision")
class CheckBackorderDecisionListener implements TaskListener {

	static final Set<String> DECISIONS = Set.of("WAIT", "SHIP_AVAILABLE", "CANCEL_SHORT_LINES", "CANCEL_ORDER");

	private final StockReservations reservations;

	private final Orders orders;

	CheckBackorderDecisionListener(StockReservations reservations, Orders orders) {
		this.reservations = reservations;
		this.orders = orders;
	}

	@Override
	public void notify(DelegateTask task) {
		Object decision = task.getVariable(ProcessVariables.DECISION);
		if (!DECISIONS.contains(decision)) {
			throw new IllegalArgumentException("Choose one of " + DECISIONS + ", not " + decision);
		}
		String orderNumber = ProcessVariables.orderNumber(task);
		if ("CANCEL_ORDER".equals(decision) && reservations.anyShipped(orderNumber)) {
			throw new IllegalArgumentException("Part of order " + orderNumber
					+ " has already shipped; cancel the short lines instead");
		}
		if ("CANCEL_SHORT_LINES".equals(decision) && !reservations.anyShipped(orderNumber)
				&& reservations.active(orderNumber).isEmpty()) {
			throw new IllegalArgumentException("Nothing of order " + orderNumber
					+ " is in stock; cancel the order instead");
		}
		String actor = TaskActor.of(task);
		orders.record(orderNumber, "BACKORDER_DECISION",
				"Customer service decided " + decision + (actor == null ? "" : " (" + actor + ")"));
	}

}
