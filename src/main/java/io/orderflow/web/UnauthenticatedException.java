package io.orderflow.web;

/**
 * A caller that did not prove who it is, such as a webhook with a bad signature; answered
 * 401.
 */
public class UnauthenticatedException extends RuntimeException {

	public UnauthenticatedException(String message) {
		super(message);
	}

}
