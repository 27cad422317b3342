package io.orderflow.shipping;

enum ShipmentStatus {

	LABEL_CREATED, IN_TRANSIT, OUT_FOR_DELIVERY, DELIVERED, EXCEPTION

}
