package io.orderflow.order;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import org.springframework.stereotype.Component;

/**
 * Totals from priced lines: subtotal + shipping + tax = grand total, each rounded to
 * cents.
 */
@Component
class OrderPricing {

	private final PricingProperties pricing;

	OrderPricing(PricingProperties pricing) {
		this.pricing = pricing;
	}

	Totals totals(List<OrderLine> lines, ShippingMethod method) {
		BigDecimal subtotal = lines.stream().map(OrderLine::lineTotal).reduce(BigDecimal.ZERO, BigDecimal::add);
		BigDecimal shipping = cents(pricing.shippingCharge(method));
		// VAT is charged on the goods and on the delivery.
		BigDecimal tax = cents(subtotal.add(shipping).multiply(pricing.taxRate()));
		return new Totals(cents(subtotal), shipping, tax, cents(subtotal).add(shipping).add(tax));
	}

	static BigDecimal cents(BigDecimal amount) {
		return amount.setScale(2, RoundingMode.HALF_UP);
	}

}
