package io.orderflow.order;

import java.math.BigDecimal;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Tax rate and shipping charge per method, in the store currency, and how far (in percent
 * of the catalogue price, either way) a marketplace's own unit price may differ
 * ({@code orderflow.pricing}).
 */
@ConfigurationProperties("orderflow.pricing")
record PricingProperties(BigDecimal taxRate, Map<ShippingMethod, BigDecimal> shipping,
		BigDecimal marketplacePriceTolerance) {

	PricingProperties {
		if (marketplacePriceTolerance == null || marketplacePriceTolerance.signum() < 0) {
			throw new IllegalStateException(
					"orderflow.pricing.marketplace-price-tolerance must be a percentage of 0 or more");
		}
	}

	/** Whether a marketplace's price is close enough to the catalogue's. */
	boolean withinMarketplaceTolerance(BigDecimal offered, BigDecimal catalogue) {
		BigDecimal allowed = catalogue.multiply(marketplacePriceTolerance).movePointLeft(2);
		return offered.subtract(catalogue).abs().compareTo(allowed) <= 0;
	}

	BigDecimal shippingCharge(ShippingMethod method) {
		BigDecimal charge = shipping.get(method);
		if (charge == null) {
			throw new IllegalStateException("No shipping charge configured for " + method);
		}
		return charge;
	}

}
