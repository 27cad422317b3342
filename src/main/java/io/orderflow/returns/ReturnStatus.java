package io.orderflow.returns;

import static java.util.Map.entry;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.orderflow.infrastructure.StatusTransitions;
import io.orderflow.order.OrderEventType;

/**
 * Where a return stands: asked for, approved (label sent), parcel received, refunded; or
 * rejected or expired.
 */
public enum ReturnStatus {

	REQUESTED, APPROVED, REJECTED, RECEIVED, REFUNDED, EXPIRED;

	static final StatusTransitions<ReturnStatus> TRANSITIONS = new StatusTransitions<>(ReturnStatus.class,
			Map.ofEntries(entry(REQUESTED, Set.of(APPROVED, REJECTED)), entry(APPROVED, Set.of(RECEIVED, EXPIRED)),
					entry(RECEIVED, Set.of(REFUNDED)), entry(REJECTED, Set.of()), entry(REFUNDED, Set.of()),
					entry(EXPIRED, Set.of())));

	/** Rejected and expired returns claim none of the order's goods. */
	boolean claimsGoods() {
		return this != REJECTED && this != EXPIRED;
	}

	/** The event a move to this status publishes; the refund is told by payment. */
	Optional<OrderEventType> eventType() {
		return Optional.ofNullable(switch (this) {
			case APPROVED -> OrderEventType.RETURN_APPROVED;
			case REJECTED -> OrderEventType.RETURN_REJECTED;
			case RECEIVED -> OrderEventType.RETURN_RECEIVED;
			case EXPIRED -> OrderEventType.RETURN_EXPIRED;
			case REQUESTED, REFUNDED -> null;
		});
	}

	/** The timeline entry the order gets when a return moves to this status. */
	ReturnTimelineKind timelineType() {
		return ReturnTimelineKind.valueOf("RETURN_" + name());
	}

}
