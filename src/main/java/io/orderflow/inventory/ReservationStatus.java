package io.orderflow.inventory;

/**
 * A reservation holds stock for an order until it ships with a shipment or is released.
 */
enum ReservationStatus {

	ACTIVE, SHIPPED, RELEASED

}
