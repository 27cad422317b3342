package io.orderflow.returns;

import io.orderflow.web.NotFoundException;

public class UnknownReturnException extends NotFoundException {

	public UnknownReturnException(String returnNumber) {
		super("There is no return " + returnNumber + ".");
	}

}
