package io.orderflow.order;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A line as ordered; {@code cancelledQuantity} was given up (backorder decision) and is
 * not charged, {@code shippedQuantity} has left a warehouse. The line total covers the
 * quantity not cancelled.
 */
public record OrderLine(int lineNumber, String sku, String productName, int quantity, BigDecimal unitPrice,
		BigDecimal lineTotal, int cancelledQuantity, int shippedQuantity) {

	/** A new line at the catalogue price, nothing cancelled or shipped yet. */
	public static OrderLine priced(int lineNumber, String sku, String productName, int quantity, BigDecimal unitPrice) {
		return new OrderLine(lineNumber, sku, productName, quantity, unitPrice, valueOf(unitPrice, quantity), 0, 0);
	}

	/** Still to ship: neither cancelled nor shipped. */
	public int openQuantity() {
		return quantity - cancelledQuantity - shippedQuantity;
	}

	/**
	 * Gives up {@code more} of the open quantity; the line is no longer charged for it.
	 */
	OrderLine cancel(int more) {
		if (more < 0 || more > openQuantity()) {
			throw new IllegalArgumentException(
					"Cannot cancel " + more + " of line " + lineNumber + ", " + openQuantity() + " open");
		}
		return new OrderLine(lineNumber, sku, productName, quantity, unitPrice,
				valueOf(unitPrice, quantity - cancelledQuantity - more), cancelledQuantity + more, shippedQuantity);
	}

	/** Books {@code more} of the open quantity as shipped. */
	OrderLine ship(int more) {
		if (more < 0 || more > openQuantity()) {
			throw new IllegalArgumentException(
					"Cannot ship " + more + " of line " + lineNumber + ", " + openQuantity() + " open");
		}
		return new OrderLine(lineNumber, sku, productName, quantity, unitPrice, lineTotal, cancelledQuantity,
				shippedQuantity + more);
	}

	/** What {@code units} of this line are worth at the price paid. */
	public BigDecimal valueOf(int units) {
		return valueOf(unitPrice, units);
	}

	private static BigDecimal valueOf(BigDecimal unitPrice, int units) {
		return unitPrice.multiply(BigDecimal.valueOf(units)).setScale(2, RoundingMode.HALF_UP);
	}

}
