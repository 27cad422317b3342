package io.orderflow.order;

/** How the customer chose to pay when placing the order; the payment capability carries it out. */
public enum PaymentMethod {

	CARD

}
