package io.orderflow.shipping;

import io.orderflow.web.NotFoundException;

public class UnknownShipmentException extends NotFoundException {

	public UnknownShipmentException(String trackingNumber) {
		super("There is no shipment with tracking number " + trackingNumber + ".");
	}

}
