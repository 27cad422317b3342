package io.orderflow.order;

import java.util.Map;
import java.util.Optional;

import io.orderflow.web.ConflictException;
import io.orderflow.workflow.CancellationCause;
import io.orderflow.workflow.MessageCorrelations;
import io.orderflow.workflow.Messages;
import io.orderflow.workflow.ProcessVariables;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Cancels an order on request while nothing of it has shipped: the order diagram's
 * cancellation sub-process stops whatever the order is waiting for (review, payment,
 * picking), releases its stock, voids the authorization and tells the customer. Once a
 * parcel has left, the way back is a return.
 */
@Service
public class OrderCancellation {

	private final Orders orders;

	private final Timeline timeline;

	private final OrderRepository repository;

	private final MessageCorrelations correlations;

	OrderCancellation(Orders orders, Timeline timeline, OrderRepository repository, MessageCorrelations correlations) {
		this.orders = orders;
		this.timeline = timeline;
		this.repository = repository;
		this.correlations = correlations;
	}

	/**
	 * The order row stays locked until the cancellation commits, so no status change
	 * slips in between the check and the cancellation. The label purchase and the
	 * hand-over take the same lock first, so whichever comes first wins outright: a
	 * cancellation before the hand-over cancels the shipment and discards its label (the
	 * hand-over is then refused); a hand-over first makes this a final 409.
	 */
	@Transactional
	public void cancel(String orderNumber, String reason, CustomerReason customerReason, String actor) {
		Order order = orders.getForUpdate(orderNumber);
		OrderStatus status = order.status();
		if (status == OrderStatus.SHIPPED || status == OrderStatus.DELIVERED) {
			throw new ConflictException("Order " + orderNumber + " is " + status + ", already handed to the carrier, "
					+ "and can no longer be cancelled; return it instead");
		}
		if (!status.isCancellable()) {
			throw new ConflictException("Order " + orderNumber + " is " + status + " and can no longer be cancelled");
		}
		if (order.lines().stream().anyMatch(line -> line.shippedQuantity() > 0)) {
			throw new ConflictException(order.openQuantities().isEmpty()
					? "Order " + orderNumber + " has already been handed to the carrier; return it instead"
					: "Part of order " + orderNumber + " has already been handed to the carrier; cancel what is "
							+ "left through customer service or return what arrived");
		}
		repository.recordCancellationReason(orderNumber, reason, customerReason);
		timeline.record(orderNumber, OrderTimelineKind.CANCELLATION_REQUESTED, "Cancellation requested: " + reason,
				actor);
		if (!correlations.correlate(Messages.ORDER_CANCELLATION_REQUESTED, orderNumber,
				Map.of(ProcessVariables.CANCELLATION_CAUSE, CancellationCause.CANCELLATION_REQUESTED.name()))) {
			throw new ConflictException("Order " + orderNumber + " has no running lifecycle to cancel");
		}
	}

	/**
	 * What the customer is told about a cancellation asked for over the API: the code's
	 * text when the caller chose one (the caller's words then stay on the timeline),
	 * otherwise the caller's words, which are then the customer's own.
	 */
	@Transactional(readOnly = true)
	public RequestedReason requestedReason(String orderNumber) {
		Optional<CustomerReason> code = repository.cancellationCustomerReason(orderNumber);
		return new RequestedReason(code.isPresent() ? null : repository.cancellationReason(orderNumber).orElse(null),
				code.orElse(null));
	}

	/** Either the words the customer reads, or the code of a text, or neither. */
	public record RequestedReason(String words, CustomerReason customerReason) {
	}

}
