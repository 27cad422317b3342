package io.orderflow.order;

import static java.util.Map.entry;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.orderflow.infrastructure.StatusTransitions;

/**
 * Where an order stands. The table below is the only place that says which status may
 * follow which. A shipped order of which nothing arrived (every parcel lost and refunded)
 * closes as COMPLETED without passing DELIVERED.
 */
public enum OrderStatus {

	PLACED, UNDER_REVIEW, BACKORDERED, AWAITING_PAYMENT, CONFIRMED, IN_FULFILLMENT, SHIPPED, DELIVERED, COMPLETED,
	REJECTED, CANCELLED;

	static final StatusTransitions<OrderStatus> TRANSITIONS = new StatusTransitions<>(OrderStatus.class, Map.ofEntries(
			entry(PLACED, Set.of(UNDER_REVIEW, BACKORDERED, AWAITING_PAYMENT, CONFIRMED, REJECTED, CANCELLED)),
			entry(UNDER_REVIEW, Set.of(BACKORDERED, AWAITING_PAYMENT, CONFIRMED, REJECTED, CANCELLED)),
			entry(BACKORDERED, Set.of(AWAITING_PAYMENT, CONFIRMED, CANCELLED)),
			entry(AWAITING_PAYMENT, Set.of(CONFIRMED, CANCELLED)), entry(CONFIRMED, Set.of(IN_FULFILLMENT, CANCELLED)),
			entry(IN_FULFILLMENT, Set.of(SHIPPED, CANCELLED)), entry(SHIPPED, Set.of(DELIVERED, COMPLETED)),
			entry(DELIVERED, Set.of(COMPLETED)), entry(COMPLETED, Set.of()), entry(REJECTED, Set.of()),
			entry(CANCELLED, Set.of())));

	/** Whether the order may still be cancelled: the table lets it move to CANCELLED. */
	public boolean isCancellable() {
		return TRANSITIONS.allows(this, CANCELLED);
	}

	/**
	 * Whether the order has ended: completed, rejected or cancelled, nothing may follow.
	 */
	public boolean isFinal() {
		return this == COMPLETED || this == REJECTED || this == CANCELLED;
	}

	/** Whether the payment was authorized, received or accepted as cash on delivery. */
	public boolean isPaymentSecured() {
		return this == CONFIRMED || this == IN_FULFILLMENT || this == SHIPPED || this == DELIVERED || this == COMPLETED;
	}

	/**
	 * The event a move to this status publishes. Waiting for payment is told by payment
	 * (a problem or a transfer to make), shipping per shipment by shipping.
	 */
	Optional<OrderEventType> eventType() {
		return Optional.ofNullable(switch (this) {
			case PLACED -> OrderEventType.ORDER_PLACED;
			case UNDER_REVIEW -> OrderEventType.ORDER_UNDER_REVIEW;
			case BACKORDERED -> OrderEventType.ORDER_BACKORDERED;
			case CONFIRMED -> OrderEventType.ORDER_CONFIRMED;
			case DELIVERED -> OrderEventType.ORDER_DELIVERED;
			case COMPLETED -> OrderEventType.ORDER_COMPLETED;
			case REJECTED -> OrderEventType.ORDER_REJECTED;
			case CANCELLED -> OrderEventType.ORDER_CANCELLED;
			case AWAITING_PAYMENT, IN_FULFILLMENT, SHIPPED -> null;
		});
	}

	/** The timeline entry a move to this status writes. */
	OrderTimelineKind timelineType() {
		return OrderTimelineKind.valueOf(name());
	}

}
