package io.orderflow.order;

import io.orderflow.web.InvalidRequestException;

/**
 * How the customer chose to pay, as captured with the order; the payment capability
 * carries it out. It lives with the order because the order API takes it and every
 * capability depends on the order, never the other way round.
 */
public enum PaymentMethod {

	/** Card token: authorized at confirmation, captured per shipment. */
	CARD("Card"),

	/** Wallet token: handled like a card. */
	PAYPAL("PayPal"),

	/** The order waits until the bank reports the transfer ({@code PaymentSettled}). */
	BANK_TRANSFER("Bank transfer"),

	/** Nothing to authorize; the carrier collects the money at the door. */
	CASH_ON_DELIVERY("Cash on delivery");

	private final String label;

	PaymentMethod(String label) {
		this.label = label;
	}

	/** As staff read it on a form. */
	public String label() {
		return label;
	}

	/** Whether the provider holds the money on an authorization until the goods ship. */
	public boolean isAuthorized() {
		return this == CARD || this == PAYPAL;
	}

	/**
	 * Card and wallet payments need the provider's token; bank transfer and cash on
	 * delivery have none.
	 */
	public void requireToken(String token, String field) {
		if (isAuthorized() && (token == null || token.isBlank())) {
			throw new InvalidRequestException(field, "a " + this + " payment needs a token from the payment provider");
		}
	}

}
