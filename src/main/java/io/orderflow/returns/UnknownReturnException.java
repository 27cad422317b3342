package io.orderflow.returns;

import io.orderflow.web.NotFoundException;

class UnknownReturnException extends NotFoundException {

	UnknownReturnException(String returnNumber) {
		super("There is no return " + returnNumber + ".");
	}

}
