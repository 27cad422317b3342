package io.orderflow.payment;

import java.math.BigDecimal;
import java.math.RoundingMode;

import io.orderflow.order.Totals;

/**
 * How much of the grand total one shipment pays for: the grand total in the proportion of the shipment's goods to
 * all goods, rounded to cents. Rounding leaves a few cents over or under; settling the order captures the rest.
 */
final class CaptureShares {

	private CaptureShares() {
	}

	static BigDecimal shareOfGrandTotal(Totals totals, BigDecimal shipmentGoodsValue) {
		if (totals.subtotal().signum() == 0) {
			return BigDecimal.ZERO;
		}
		return totals.grandTotal().multiply(shipmentGoodsValue).divide(totals.subtotal(), 2, RoundingMode.HALF_UP);
	}

}
