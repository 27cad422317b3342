package io.orderflow.payment;

/**
 * The provider could not be reached or failed; the step is retried and ends as an
 * incident when retries run out.
 */
public class PaymentGatewayException extends RuntimeException {

	public PaymentGatewayException(String message) {
		super(message);
	}

}
