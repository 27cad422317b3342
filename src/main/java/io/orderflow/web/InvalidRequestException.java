package io.orderflow.web;

/**
 * A request that is well-formed but names something that is wrong; answered 400 naming
 * the field.
 */
public class InvalidRequestException extends RuntimeException {

	private final String field;

	public InvalidRequestException(String field, String message) {
		super(message);
		this.field = field;
	}

	public String field() {
		return field;
	}

}
