package io.orderflow.web;

/**
 * The request is valid but does not fit the current state of what it addresses; answered
 * 409.
 */
public class ConflictException extends RuntimeException {

	public ConflictException(String message) {
		super(message);
	}

}
