package io.orderflow.payment;

/**
 * The provider could not be reached or failed; the step is retried and ends as an
 * incident when retries run out.
 */
class PaymentGatewayException extends RuntimeException {

	PaymentGatewayException(String message) {
		super(message);
	}

}
