package io.orderflow.shipping;

import io.orderflow.order.TimelineEntryType;

/** What a carrier may report; each moves the shipment to the status of the same name. */
enum CarrierEventType {

	IN_TRANSIT, OUT_FOR_DELIVERY, DELIVERED, EXCEPTION;

	ShipmentStatus shipmentStatus() {
		return ShipmentStatus.valueOf(name());
	}

	TimelineEntryType timelineType() {
		return TimelineEntryType.valueOf("CARRIER_" + name());
	}

}
