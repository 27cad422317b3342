package io.orderflow.order;

import io.orderflow.system.InvalidRequestException;

final class PaymentDetails {

	private PaymentDetails() {
	}

	/** Card and wallet payments need the provider's token; bank transfer and cash on delivery have none. */
	static void check(PaymentMethod method, String token, String field) {
		if (method.isAuthorized() && (token == null || token.isBlank())) {
			throw new InvalidRequestException(field, "a " + method + " payment needs a token from the payment provider");
		}
	}

}
