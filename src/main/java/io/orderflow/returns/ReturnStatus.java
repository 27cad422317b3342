package io.orderflow.returns;

import static java.util.Map.entry;

import java.util.Map;
import java.util.Set;

import io.orderflow.order.TimelineEntryType;
import io.orderflow.system.StatusTransitions;

/**
 * Where a return stands: asked for, approved (label sent), parcel received, refunded; or
 * rejected or expired.
 */
enum ReturnStatus {

	REQUESTED, APPROVED, REJECTED, RECEIVED, REFUNDED, EXPIRED;

	static final StatusTransitions<ReturnStatus> TRANSITIONS = new StatusTransitions<>(ReturnStatus.class,
			Map.ofEntries(entry(REQUESTED, Set.of(APPROVED, REJECTED)), entry(APPROVED, Set.of(RECEIVED, EXPIRED)),
					entry(RECEIVED, Set.of(REFUNDED)), entry(REJECTED, Set.of()), entry(REFUNDED, Set.of()),
					entry(EXPIRED, Set.of())));

	/** Rejected and expired returns claim none of the order's goods. */
	boolean claimsGoods() {
		return this != REJECTED && this != EXPIRED;
	}

	/** The timeline entry the order gets when a return moves to this status. */
	TimelineEntryType timelineType() {
		return TimelineEntryType.valueOf("RETURN_" + name());
	}

}
