package io.orderflow.inventory;

enum MovementType {

	RECEIPT, RESERVATION, RELEASE, SHIPMENT, RETURN_RESTOCK, ADJUSTMENT

}
