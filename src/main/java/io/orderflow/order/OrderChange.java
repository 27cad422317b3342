package io.orderflow.order;

import java.time.OffsetDateTime;

/**
 * An order as the changed-since feed lists it: when it last changed (its status, lines,
 * totals or timeline) and what it is now.
 */
public record OrderChange(String orderNumber, OrderStatus status, SalesChannel channel, OffsetDateTime placedAt,
		OffsetDateTime changedAt) {

	public Position position() {
		return new Position(changedAt, orderNumber);
	}

	/** A place in the feed: after this change time and, at the same time, this number. */
	public record Position(OffsetDateTime changedAt, String orderNumber) {
	}

}
