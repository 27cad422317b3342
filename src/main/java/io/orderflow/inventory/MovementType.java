package io.orderflow.inventory;

enum MovementType {

	RECEIPT, RESERVATION, RELEASE, SHIPMENT, RETURN_RESTOCK, ADJUSTMENT,

	/**
	 * Units the picker did not find: they leave on-hand stock and the order's
	 * reservation.
	 */
	SHORT_PICK

}
