package io.orderflow.shipping;

import java.time.Duration;
import java.util.Map;

import io.orderflow.order.ShippingMethod;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How long after the promised delivery date a parcel may still arrive before customer
 * service investigates, per shipping method ({@code orderflow.shipping.delivery-grace}).
 */
@ConfigurationProperties("orderflow.shipping")
record DeliveryGrace(Map<ShippingMethod, Duration> deliveryGrace) {

	Duration forMethod(ShippingMethod method) {
		return deliveryGrace == null ? Duration.ZERO : deliveryGrace.getOrDefault(method, Duration.ZERO);
	}

}
