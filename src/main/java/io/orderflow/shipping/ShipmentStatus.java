package io.orderflow.shipping;

import java.util.Set;

public enum ShipmentStatus {

	/** The label is bought; the parcel is still in the warehouse. */
	LABEL_CREATED,
	/**
	 * The warehouse handed the parcel to the carrier ("Print label and hand over" done);
	 * the carrier has reported nothing yet.
	 */
	HANDED_OVER,

	IN_TRANSIT, OUT_FOR_DELIVERY, DELIVERY_ATTEMPTED, DELIVERED, EXCEPTION, RETURNED_TO_SENDER, LOST,
	/** Customer service sent the goods again in a new shipment. */
	RESHIPPED,
	/** Customer service refunded the goods. */
	REFUNDED,
	/**
	 * The order was cancelled before the parcel was handed over: the label is discarded
	 * and nothing leaves the warehouse.
	 */
	CANCELLED;

	private static final Set<ShipmentStatus> PROBLEMS = Set.of(EXCEPTION, RETURNED_TO_SENDER, LOST);

	private static final Set<ShipmentStatus> SETTLED = Set.of(DELIVERED, RESHIPPED, REFUNDED, CANCELLED);

	/** The carrier reports trouble: customer service investigates at once. */
	boolean isProblem() {
		return PROBLEMS.contains(this);
	}

	/** Nothing more happens to the shipment: no carrier event moves it any more. */
	boolean isSettled() {
		return SETTLED.contains(this);
	}

}
