package io.orderflow.order;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import io.orderflow.order.spi.OrderDetailsSources.ShipmentSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An order as every capability reads it. Status moves go through {@link OrderMilestones}
 * (for capabilities) or the order's own steps; what happens to the order's lines is
 * booked through {@link OrderLines}, the customer's other orders are read through
 * {@link CustomerOrders}, a new way to pay is {@link PaymentChanges}, the timeline is
 * {@link Timeline}.
 */
@Service
public class Orders {

	private final OrderRepository repository;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	/** Lazily: shipping's source itself reads orders through this class. */
	private final ObjectProvider<ShipmentSource> shipments;

	Orders(OrderRepository repository, Clock clock, ApplicationEventPublisher events,
			ObjectProvider<ShipmentSource> shipments) {
		this.repository = repository;
		this.clock = clock;
		this.events = events;
		this.shipments = shipments;
	}

	@Transactional(readOnly = true)
	public Order get(String orderNumber) {
		return repository.find(orderNumber).orElseThrow(() -> new UnknownOrderException(orderNumber));
	}

	/**
	 * The order's status as last committed, whatever this transaction read of the order
	 * before (another node may have cancelled it meanwhile); no lock is taken.
	 */
	@Transactional(readOnly = true)
	public OrderStatus currentStatus(String orderNumber) {
		return repository.findStatus(orderNumber).orElseThrow(() -> new UnknownOrderException(orderNumber));
	}

	/**
	 * The order, with its row locked until the caller's transaction ends: no status
	 * change slips in meanwhile.
	 */
	@Transactional
	public Order getForUpdate(String orderNumber) {
		repository.lock(orderNumber);
		return get(orderNumber);
	}

	/**
	 * Moves the order to {@code next} and records it on the timeline. Moving to the
	 * status the order already has is a no-op, so a retried step does not fail or log
	 * twice; a move the status table does not allow is a defect and fails loudly.
	 */
	@Transactional
	public void changeStatus(String orderNumber, OrderStatus next, String message) {
		changeStatus(orderNumber, next, message, null, message);
	}

	/**
	 * As {@link #changeStatus(String, OrderStatus, String)}, and publishes the move as an
	 * {@link OrderChanged} event (if customers or partners are told about that status)
	 * with the cause and reason of a cancellation.
	 */
	@Transactional
	public void changeStatus(String orderNumber, OrderStatus next, String message, String cause, String reason) {
		changeStatus(orderNumber, next, message, cause, reason, null);
	}

	/**
	 * As {@link #changeStatus(String, OrderStatus, String, String, String)}, with what
	 * the customer is told instead of a reason in staff's words.
	 */
	@Transactional
	public void changeStatus(String orderNumber, OrderStatus next, String message, String cause, String reason,
			CustomerReason customerReason) {
		OrderStatus current = repository.findStatusForUpdate(orderNumber)
			.orElseThrow(() -> new UnknownOrderException(orderNumber));
		if (OrderStatus.TRANSITIONS.requireMove(current, next, () -> new IllegalStateException(
				"Order " + orderNumber + " cannot go from " + current + " to " + next))) {
			OffsetDateTime now = OffsetDateTime.now(clock);
			repository.updateStatus(orderNumber, next, now);
			repository.appendEvent(orderNumber, now, next.timelineType(), message);
			next.eventType()
				.ifPresent(type -> events
					.publishEvent(new OrderChanged(UUID.randomUUID(), type, orderNumber, now, next, reason, cause,
							customerReason, next == OrderStatus.CONFIRMED ? expectedDelivery(orderNumber) : null)));
		}
	}

	private LocalDate expectedDelivery(String orderNumber) {
		return shipments.getObject().expectedDeliveryDate(get(orderNumber)).orElse(null);
	}

}
