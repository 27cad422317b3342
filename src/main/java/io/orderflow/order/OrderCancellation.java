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
	 * slips in between the check and the cancellation; a shipment created at the same
	 * moment makes one of the two fail and roll back.
	 */
	@Transactional
	public void cancel(String orderNumber, String reason) {
		Order order = orders.getForUpdate(orderNumber);
		OrderStatus status = order.status();
		if (!status.isCancellable()) {
			throw new ConflictException("Order " + orderNumber + " is " + status + " and can no longer be cancelled"
					+ (status == OrderStatus.SHIPPED || status == OrderStatus.DELIVERED ? "; return it instead" : ""));
		}
		if (order.lines().stream().anyMatch(line -> line.shippedQuantity() > 0)) {
			throw new ConflictException("Part of order " + orderNumber + " has already shipped; cancel what is "
					+ "left through customer service or return what arrived");
		}
		repository.recordCancellationReason(orderNumber, reason);
		timeline.record(orderNumber, OrderTimelineKind.CANCELLATION_REQUESTED, "Cancellation requested: " + reason);
		if (!correlations.correlate(Messages.ORDER_CANCELLATION_REQUESTED, orderNumber,
				Map.of(ProcessVariables.CANCELLATION_CAUSE, CancellationCause.CANCELLATION_REQUESTED.name()))) {
			throw new ConflictException("Order " + orderNumber + " has no running lifecycle to cancel");
		}
	}

	/** The reason given when the cancellation was asked for over the API, if it was. */
	@Transactional(readOnly = true)
	public Optional<String> requestedReason(String orderNumber) {
		return repository.cancellationReason(orderNumber);
	}

}
