package io.orderflow.order;

import java.math.BigDecimal;

/**
 * What the returns capability asks of stock, payment and shipping. Inventory, payment and
 * shipping implement these; returns calls them and none of them depends on the others
 * (the pattern of {@link OrderDetailsSources}).
 */
public final class ReturnSteps {

	private ReturnSteps() {
	}

	/**
	 * Inventory: returned goods fit for sale go back on hand, and waiting backorders get
	 * them first.
	 */
	public interface Restocking {

		void restock(String sku, String warehouse, int quantity, String orderNumber, String note);

	}

	/**
	 * Payment: gives money back on the order's payment, never more than was taken and not
	 * yet given back. Returns what was refunded; the return number makes the idempotency
	 * key, so a retried step refunds once.
	 */
	public interface Refunding {

		BigDecimal refund(String orderNumber, String returnNumber, BigDecimal due);

	}

	/**
	 * Shipping: buys the label a customer sends a return back with, from the order's
	 * shipping address; a retried step buys no second label.
	 */
	public interface ReturnLabelling {

		/** A label from the order's shipping address to {@code to}. */
		ReturnLabel buyReturnLabel(String orderNumber, String returnNumber, Address to, int weightGrams);

		/** Forgets the return's label, which carries the customer's address. */
		void forgetReturnLabel(String returnNumber);

	}

	public record ReturnLabel(String carrier, String service, String trackingNumber) {
	}

}
