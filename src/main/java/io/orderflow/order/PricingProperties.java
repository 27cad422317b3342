package io.orderflow.order;

import java.math.BigDecimal;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Tax rate and shipping charge per method, in the store currency
 * ({@code orderflow.pricing}).
 */
@ConfigurationProperties("orderflow.pricing")
record PricingProperties(BigDecimal taxRate, Map<ShippingMethod, BigDecimal> shipping) {

	BigDecimal shippingCharge(ShippingMethod method) {
		BigDecimal charge = shipping.get(method);
		if (charge == null) {
			throw new IllegalStateException("No shipping charge configured for " + method);
		}
		return charge;
	}

}
