package io.orderflow.returns;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import io.orderflow.order.Totals;

/**
 * What a return is worth to the customer: the returned goods at the prices paid, plus
 * their share of the tax the order charged ({@code goods × tax / (subtotal + shipping)}:
 * the order's own rate, so a later change of the configured rate does not touch it),
 * rounded to cents. Shipping is not refunded.
 */
final class RefundAmount {

	private RefundAmount() {
	}

	static BigDecimal of(List<ReturnRequest.ReturnedLine> lines, Totals totals) {
		BigDecimal goods = lines.stream()
			.map(line -> line.unitPrice().multiply(BigDecimal.valueOf(line.quantity())))
			.reduce(BigDecimal.ZERO, BigDecimal::add);
		BigDecimal taxable = totals.subtotal().add(totals.shipping());
		BigDecimal tax = taxable.signum() == 0 ? BigDecimal.ZERO
				: goods.multiply(totals.tax()).divide(taxable, 2, RoundingMode.HALF_UP);
		return goods.add(tax).setScale(2, RoundingMode.HALF_UP);
	}

}
