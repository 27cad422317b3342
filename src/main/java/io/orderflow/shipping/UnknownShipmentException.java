package io.orderflow.shipping;

import io.orderflow.web.NotFoundException;

class UnknownShipmentException extends NotFoundException {

	UnknownShipmentException(String trackingNumber) {
		super("There is no shipment with tracking number " + trackingNumber + ".");
	}

}
