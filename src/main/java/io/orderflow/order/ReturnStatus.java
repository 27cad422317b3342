package io.orderflow.order;

import java.util.Map;
import java.util.Set;

/** Where a return stands: asked for, approved (label sent), parcel received, refunded; or rejected or expired. */
public enum ReturnStatus {

	REQUESTED, APPROVED, REJECTED, RECEIVED, REFUNDED, EXPIRED;

	private static final Map<ReturnStatus, Set<ReturnStatus>> NEXT = Map.of(
			REQUESTED, Set.of(APPROVED, REJECTED),
			APPROVED, Set.of(RECEIVED, EXPIRED),
			RECEIVED, Set.of(REFUNDED),
			REJECTED, Set.of(),
			REFUNDED, Set.of(),
			EXPIRED, Set.of());

	boolean canMoveTo(ReturnStatus next) {
		return NEXT.get(this).contains(next);
	}

}
