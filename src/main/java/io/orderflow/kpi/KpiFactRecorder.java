package io.orderflow.kpi;

import java.math.BigDecimal;

import io.orderflow.inventory.BackorderEvent;
import io.orderflow.inventory.InventoryTimelineKind;
import io.orderflow.order.Order;
import io.orderflow.order.OrderChanged;
import io.orderflow.order.OrderEvent;
import io.orderflow.order.OrderEventType;
import io.orderflow.order.Orders;
import io.orderflow.order.Timeline;
import io.orderflow.payment.PaymentEvent;
import io.orderflow.returns.ReturnEvent;
import io.orderflow.returns.ReturnRequest;
import io.orderflow.returns.Returns;
import io.orderflow.shipping.ShipmentEvent;
import io.orderflow.workflow.BackorderDecision;
import io.orderflow.workflow.CancellationCause;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps the order's fact row from its domain events. Listeners run in any order and an
 * event may come twice, so each event first makes sure the row exists (from the order as
 * placed), then sets what the event says in a way that a second time changes nothing,
 * then takes what the engine's history says of the order by now.
 * <p>
 * It runs outside a transaction: each write commits on its own, so a handling holds at
 * most one connection at a time. A listener transaction that held one while each insert
 * took a second starved the pool when the listener threads were busy.
 */
@Component
class KpiFactRecorder {

	private final KpiFactRepository facts;

	private final Orders orders;

	private final Timeline timeline;

	private final Returns returns;

	private final EngineHistory history;

	private final TransactionTemplate ownTransaction;

	KpiFactRecorder(KpiFactRepository facts, Orders orders, Timeline timeline, Returns returns, EngineHistory history,
			PlatformTransactionManager transactions) {
		this.facts = facts;
		this.orders = orders;
		this.timeline = timeline;
		this.returns = returns;
		this.history = history;
		this.ownTransaction = new TransactionTemplate(transactions);
	}

	@Async
	@TransactionalEventListener
	void on(OrderEvent event) {
		record(event);
	}

	void record(OrderEvent event) {
		String orderNumber = event.orderNumber();
		Order order = orders.get(orderNumber);
		onceOnly(() -> facts.insertIfAbsent(order));
		// Read first, write last: the order's row stays locked only briefly, as the
		// order's other events are handled in parallel.
		boolean shortPicked = timeline.entries(orderNumber)
			.stream()
			.anyMatch(entry -> entry.is(InventoryTimelineKind.SHORT_PICK));
		EngineHistory.OrderHistory fromHistory = history.of(orderNumber);
		switch (event.type()) {
			case ORDER_UNDER_REVIEW -> facts.flag(orderNumber, KpiFactRepository.Flag.FRAUD_REVIEW);
			case ORDER_BACKORDERED -> facts.flag(orderNumber, KpiFactRepository.Flag.BACKORDERED);
			case PAYMENT_PROBLEM -> facts.flag(orderNumber, KpiFactRepository.Flag.PAYMENT_PROBLEM);
			case DELIVERY_PROBLEM -> facts.flag(orderNumber, KpiFactRepository.Flag.INCIDENT);
			case ORDER_DELIVERED -> facts.delivered(orderNumber, event.occurredAt());
			case ORDER_REJECTED -> facts.rejected(orderNumber, event.occurredAt());
			default -> {
			}
		}
		if (event instanceof OrderChanged changed) {
			onOrder(changed);
		}
		else if (event instanceof ShipmentEvent shipment && shipment.shipmentKey() != null
				&& shipment.type() == OrderEventType.SHIPMENT_SHIPPED) {
			onceOnly(() -> facts.parcel(orderNumber, new OrderFact.Parcel(shipment.shipmentKey(), shipment.carrier(),
					shipment.service(), shipment.occurredAt())));
		}
		else if (event instanceof BackorderEvent backorder
				&& BackorderDecision.CANCEL_SHORT_LINES.name().equals(backorder.decision())) {
			facts.flag(orderNumber, KpiFactRepository.Flag.SHORT_LINES_CANCELLED);
		}
		else if (event instanceof ReturnEvent returned && returned.returnNumber() != null) {
			recordReturn(returned.returnNumber());
		}
		else if (event instanceof PaymentEvent payment && payment.returnNumber() != null && payment.amount() != null
				&& payment.type() == OrderEventType.ORDER_REFUNDED) {
			recordReturn(payment.returnNumber());
		}
		if (shortPicked) {
			facts.flag(orderNumber, KpiFactRepository.Flag.SHORT_PICKED);
		}
		facts.fromHistory(orderNumber, fromHistory);
	}

	private void onOrder(OrderChanged changed) {
		if (changed.expectedDeliveryDate() != null) {
			facts.promised(changed.orderNumber(), changed.expectedDeliveryDate());
		}
		if (changed.type() == OrderEventType.ORDER_CANCELLED) {
			facts.cancelled(changed.orderNumber(), changed.occurredAt(), changed.cancellationCause() == null ? null
					: CancellationCause.valueOf(changed.cancellationCause()));
		}
	}

	private void recordReturn(String returnNumber) {
		ReturnRequest request = returns.get(returnNumber);
		BigDecimal value = request.lines()
			.stream()
			.map(line -> line.unitPrice().multiply(BigDecimal.valueOf(line.quantity())))
			.reduce(BigDecimal.ZERO, BigDecimal::add);
		onceOnly(() -> facts.returned(request.orderNumber(), new OrderFact.Return(returnNumber, request.reason(),
				request.requestedAt(), value, request.refundAmount())));
		if (request.refundAmount() != null) {
			facts.refunded(returnNumber, request.refundAmount());
		}
	}

	/**
	 * Inserts and commits at once: a second handling of the order's events meets the row
	 * instead of waiting for the first's lock, or meets the first's key and leaves it.
	 */
	private void onceOnly(Runnable insert) {
		try {
			ownTransaction.executeWithoutResult(nested -> insert.run());
		}
		catch (DuplicateKeyException alreadyStored) {
			// the other handling stored it
		}
	}

}
