package io.orderflow.order;

/**
 * The order's own timeline entries: one per status (each move writes the one of the same
 * name), then the steps and facts of the order that do not change its status.
 */
public enum OrderTimelineKind implements TimelineKind {

	PLACED, UNDER_REVIEW, BACKORDERED, AWAITING_PAYMENT, CONFIRMED, IN_FULFILLMENT, SHIPPED, DELIVERED, COMPLETED,
	REJECTED, CANCELLED,

	CANCELLATION_REQUESTED, LINES_CANCELLED, PAYMENT_UPDATED, PERSONAL_DATA_ANONYMISED

}
