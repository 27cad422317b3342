package io.orderflow.payment;

import java.math.BigDecimal;

/**
 * Gives money back for a return on the order's payment, never more than was taken and not
 * yet given back.
 */
public interface Refunds {

	/**
	 * Returns what was refunded; the return number makes the idempotency key, so a
	 * retried step refunds once.
	 */
	BigDecimal refund(String orderNumber, String returnNumber, BigDecimal due);

}
