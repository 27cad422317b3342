package io.orderflow.payment;

import java.math.BigDecimal;

/**
 * The port to a payment provider. Every call carries an idempotency key: a provider
 * answers a repeated key with the first answer instead of charging again. A technical
 * failure (timeout, 5xx) is a {@link PaymentGatewayException}; a decline is an answer.
 */
public interface PaymentGateway {

	GatewayResponse authorize(String idempotencyKey, String token, BigDecimal amount, String currency);

	GatewayResponse capture(String idempotencyKey, String authorizationReference, BigDecimal amount, String currency);

	GatewayResponse voidAuthorization(String idempotencyKey, String authorizationReference, BigDecimal amount,
			String currency);

	/**
	 * Gives money back on a payment ({@code paymentReference}: the authorization, or the
	 * order for other methods).
	 */
	GatewayResponse refund(String idempotencyKey, String paymentReference, BigDecimal amount, String currency);

	record GatewayResponse(boolean approved, String reference, String declineCode) {
	}

}
