package io.orderflow.inventory.flow;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.UUID;

import io.orderflow.inventory.BackorderEvent;
import io.orderflow.inventory.InventoryTimelineKind;
import io.orderflow.inventory.StockReservations;
import io.orderflow.order.OrderEventType;
import io.orderflow.order.Timeline;
import io.orderflow.workflow.BackorderDecision;
import io.orderflow.workflow.OrderProcess;
import io.orderflow.workflow.RefusedInputException;
import io.orderflow.workflow.TaskActor;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Refuses a backorder decision that cannot be carried out, with a message customer
 * service can act on.
 */
@Component("checkBackorderDecision")
class CheckBackorderDecisionListener implements TaskListener {

	private final StockReservations reservations;

	private final Timeline timeline;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	CheckBackorderDecisionListener(StockReservations reservations, Timeline timeline, ApplicationEventPublisher events,
			Clock clock) {
		this.reservations = reservations;
		this.timeline = timeline;
		this.events = events;
		this.clock = clock;
	}

	@Override
	public void notify(DelegateTask task) {
		OrderProcess process = OrderProcess.of(task);
		BackorderDecision decision = process.decision();
		if (decision == null) {
			throw new RefusedInputException("Choose one of " + BackorderDecision.choices());
		}
		String orderNumber = process.orderNumber();
		if (decision == BackorderDecision.CANCEL_ORDER && reservations.anyShipped(orderNumber)) {
			throw new RefusedInputException(
					"Part of order " + orderNumber + " has already shipped; cancel the short lines instead");
		}
		if (decision == BackorderDecision.CANCEL_SHORT_LINES && !reservations.anyShipped(orderNumber)
				&& reservations.active(orderNumber).isEmpty()) {
			throw new RefusedInputException(
					"Nothing of order " + orderNumber + " is in stock; cancel the order instead");
		}
		String actor = TaskActor.of(task);
		timeline.record(orderNumber, InventoryTimelineKind.BACKORDER_DECISION,
				"Customer service decided " + decision + (actor == null ? "" : " (" + actor + ")"));
		// A cancelled order is told by the order's own cancellation event.
		if (decision != BackorderDecision.CANCEL_ORDER) {
			events.publishEvent(new BackorderEvent(UUID.randomUUID(), OrderEventType.BACKORDER_DECIDED, orderNumber,
					OffsetDateTime.now(clock), decision.name()));
		}
	}

}
