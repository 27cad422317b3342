package io.orderflow.order;

import java.math.BigDecimal;

/**
 * A line as ordered; {@code cancelledQuantity} was given up (backorder decision) and is not charged,
 * {@code shippedQuantity} has left a warehouse. The line total covers the quantity not cancelled.
 */
public record OrderLine(int lineNumber, String sku, String productName, int quantity, BigDecimal unitPrice,
		BigDecimal lineTotal, int cancelledQuantity, int shippedQuantity) {

	/** Still to ship: neither cancelled nor shipped. */
	public int openQuantity() {
		return quantity - cancelledQuantity - shippedQuantity;
	}

}
