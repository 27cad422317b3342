package io.orderflow.returns;

import io.orderflow.system.NotFoundException;

public class UnknownReturnException extends NotFoundException {

	public UnknownReturnException(String returnNumber) {
		super("There is no return " + returnNumber + ".");
	}

}
