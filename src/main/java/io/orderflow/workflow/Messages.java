package io.orderflow.workflow;

/** Names of the BPMN messages the outside world sends in, correlated by business key (the order number). */
public final class Messages {

	public static final String SHIPMENT_DELIVERED = "ShipmentDelivered";

	private Messages() {
	}

}
