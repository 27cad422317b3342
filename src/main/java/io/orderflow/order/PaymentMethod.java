package io.orderflow.order;

/** How the customer pays; the payment capability carries it out. */
public enum PaymentMethod {

	/** Card token: authorized at confirmation, captured per shipment. */
	CARD,

	/** Wallet token: handled like a card. */
	PAYPAL,

	/** The order waits until the bank reports the transfer ({@code PaymentSettled}). */
	BANK_TRANSFER,

	/** Nothing to authorize; the carrier collects the money at the door. */
	CASH_ON_DELIVERY;

	/** Whether the provider holds the money on an authorization until the goods ship. */
	public boolean isAuthorized() {
		return this == CARD || this == PAYPAL;
	}

}
