package io.orderflow.payment;

import java.math.BigDecimal;
import java.math.RoundingMode;

import io.orderflow.order.Totals;

/**
 * How much of the grand total one shipment pays for: the grand total in the proportion of
 * the shipment's goods to all goods, rounded to cents, and never more than is left of the
 * grand total. Rounding can leave a few cents uncaptured; settling the order captures
 * them.
 */
final class CaptureShares {

	private CaptureShares() {
	}

	/**
	 * What a shipment captures when {@code alreadyCaptured} was taken before it: its
	 * share, up to what is left.
	 */
	static BigDecimal toCapture(Totals totals, BigDecimal shipmentGoodsValue, BigDecimal alreadyCaptured) {
		BigDecimal left = totals.grandTotal().subtract(alreadyCaptured).max(BigDecimal.ZERO);
		return shareOfGrandTotal(totals, shipmentGoodsValue).min(left);
	}

	static BigDecimal shareOfGrandTotal(Totals totals, BigDecimal shipmentGoodsValue) {
		if (totals.subtotal().signum() == 0) {
			return BigDecimal.ZERO;
		}
		return totals.grandTotal().multiply(shipmentGoodsValue).divide(totals.subtotal(), 2, RoundingMode.HALF_UP);
	}

}
