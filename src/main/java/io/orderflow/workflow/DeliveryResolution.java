package io.orderflow.workflow;

/**
 * Customer service's outcome of "Investigate delivery" ({@code deliveryResolution}); the
 * delivery diagram branches on it.
 */
public enum DeliveryResolution {

	/** Give the carrier more time: a new deadline, {@code waitDays} from now. */
	WAIT,
	/** The customer has the parcel after all. */
	CONFIRM_DELIVERED,
	/** Send the same goods again: stock reserved again, a new label, no new charge. */
	RESHIP,
	/** Give back what the shipment's goods were charged. */
	REFUND,
	/** The parcel came back: its goods go back into stock, then refund or reship. */
	RETURN_TO_STOCK

}
