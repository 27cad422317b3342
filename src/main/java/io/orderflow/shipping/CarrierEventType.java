package io.orderflow.shipping;

import java.util.Optional;

import io.orderflow.order.OrderEventType;

/** What a carrier may report; each moves the shipment to the status of the same name. */
public enum CarrierEventType {

	IN_TRANSIT, OUT_FOR_DELIVERY, DELIVERY_ATTEMPTED, DELIVERED, EXCEPTION, RETURNED_TO_SENDER, LOST;

	ShipmentStatus shipmentStatus() {
		return ShipmentStatus.valueOf(name());
	}

	/**
	 * The event the customer and partners get; in transit is not news, delivered is told
	 * by the order once every parcel is there.
	 */
	Optional<OrderEventType> orderEventType() {
		return Optional.ofNullable(switch (this) {
			case OUT_FOR_DELIVERY -> OrderEventType.SHIPMENT_OUT_FOR_DELIVERY;
			case DELIVERY_ATTEMPTED, EXCEPTION, RETURNED_TO_SENDER, LOST -> OrderEventType.DELIVERY_PROBLEM;
			case IN_TRANSIT, DELIVERED -> null;
		});
	}

	ShippingTimelineKind timelineType() {
		return ShippingTimelineKind.valueOf("CARRIER_" + name());
	}

}
