package io.orderflow.order;

import io.orderflow.system.NotFoundException;

public class UnknownReturnException extends NotFoundException {

	public UnknownReturnException(String returnNumber) {
		super("There is no return " + returnNumber + ".");
	}

}
