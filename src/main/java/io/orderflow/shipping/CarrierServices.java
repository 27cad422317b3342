package io.orderflow.shipping;

import java.util.Map;

import io.orderflow.order.ShippingMethod;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Which carrier and service ship each shipping method
 * ({@code orderflow.shipping.services}).
 */
@ConfigurationProperties("orderflow.shipping")
record CarrierServices(Map<ShippingMethod, CarrierService> services) {

	CarrierService forMethod(ShippingMethod method) {
		CarrierService service = services.get(method);
		if (service == null) {
			throw new IllegalStateException("No carrier service configured for " + method);
		}
		return service;
	}

	record CarrierService(String carrier, String service) {
	}

}
