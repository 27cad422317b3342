package io.orderflow.payment;

import io.orderflow.order.PaymentMethod;

/**
 * Customer service's way out of a declined payment in "Resolve payment"
 * ({@code resolution}).
 */
public enum PaymentResolution {

	SWITCH_TO_BANK_TRANSFER(PaymentMethod.BANK_TRANSFER), SWITCH_TO_CASH_ON_DELIVERY(PaymentMethod.CASH_ON_DELIVERY),
	CANCEL_ORDER(null);

	private final PaymentMethod method;

	PaymentResolution(PaymentMethod method) {
		this.method = method;
	}

	/** The payment method the order switches to. */
	public PaymentMethod method() {
		if (method == null) {
			throw new IllegalArgumentException("Not a change of payment method: " + this);
		}
		return method;
	}

}
