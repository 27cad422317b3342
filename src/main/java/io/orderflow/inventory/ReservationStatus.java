package io.orderflow.inventory;

/**
 * A reservation holds stock for an order until it ships with a shipment or is released. A
 * shipped parcel that came back to the warehouse is RETURNED.
 */
enum ReservationStatus {

	ACTIVE, SHIPPED, RELEASED, RETURNED

}
