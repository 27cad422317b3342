package io.orderflow.payment;

/**
 * The authorization step found the order ended (cancelled before or while the provider
 * answered): nothing is confirmed, and whatever the provider approved is voided.
 */
class AuthorizationNotMadeException extends IllegalStateException {

	AuthorizationNotMadeException(String message) {
		super(message);
	}

}
