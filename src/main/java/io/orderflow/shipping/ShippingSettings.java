package io.orderflow.shipping;

import java.time.Duration;
import java.util.Map;

import io.orderflow.order.Address;
import io.orderflow.order.ShippingMethod;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code orderflow.shipping}: the sender address on shipment labels, how far a packed
 * parcel may weigh from what its lines weigh before the packer has to confirm it, and
 * within how long after placement each shipping method promises dispatch.
 */
@ConfigurationProperties("orderflow.shipping")
public record ShippingSettings(Address sender, WeightTolerance weightTolerance,
		Map<ShippingMethod, Duration> dispatchWithin) {

	Duration dispatchWithin(ShippingMethod method) {
		Duration promise = dispatchWithin.get(method);
		if (promise == null) {
			throw new IllegalStateException("No orderflow.shipping.dispatch-within." + method + " configured");
		}
		return promise;
	}

	/** Allowed difference: {@code percent} of the expected weight plus {@code grams}. */
	public record WeightTolerance(int percent, int grams) {

		public boolean allows(int expectedGrams, int actualGrams) {
			long allowed = (long) expectedGrams * percent / 100 + grams;
			return Math.abs((long) actualGrams - expectedGrams) <= allowed;
		}

	}

}
