package io.orderflow.shipping;

import io.orderflow.order.TimelineKind;
import io.orderflow.order.TimelineKinds;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Shipping's timeline entries: shipments created, what the carrier reported (one per
 * {@link CarrierEventType}) and delivery problems investigated.
 */
public enum ShippingTimelineKind implements TimelineKind {

	SHIPMENT_CREATED, SHIPMENT_CANCELLED,

	CARRIER_IN_TRANSIT, CARRIER_OUT_FOR_DELIVERY, CARRIER_DELIVERED, CARRIER_EXCEPTION, CARRIER_DELIVERY_ATTEMPTED,
	CARRIER_RETURNED_TO_SENDER, CARRIER_LOST,

	DELIVERY_INVESTIGATED;

	@Configuration(proxyBeanMethods = false)
	static class Declaration {

		@Bean
		static TimelineKinds shippingTimelineKinds() {
			return TimelineKinds.of(ShippingTimelineKind.class);
		}

	}

}
