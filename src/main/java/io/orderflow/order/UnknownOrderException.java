package io.orderflow.order;

import io.orderflow.web.NotFoundException;

public class UnknownOrderException extends NotFoundException {

	public UnknownOrderException(String orderNumber) {
		super("There is no order " + orderNumber + ".");
	}

}
