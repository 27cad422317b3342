package io.orderflow.shipping;

import io.orderflow.order.TimelineEntryType;

/** What a carrier may report; each moves the shipment to the status of the same name. */
enum CarrierEventType {

	IN_TRANSIT, OUT_FOR_DELIVERY, DELIVERY_ATTEMPTED, DELIVERED, EXCEPTION, RETURNED_TO_SENDER, LOST;

	ShipmentStatus shipmentStatus() {
		return ShipmentStatus.valueOf(name());
	}

	TimelineEntryType timelineType() {
		return TimelineEntryType.valueOf("CARRIER_" + name());
	}

}
