package io.orderflow.shipping;

import java.math.BigDecimal;

import io.orderflow.order.Address;

/**
 * The port to carriers: buys a label and returns its documents. A repeated idempotency
 * key returns the first label, never a second one. A carrier that cannot be reached
 * throws, so the step is retried and ends as an incident.
 */
public interface CarrierGateway {

	CarrierLabel buyLabel(String idempotencyKey, LabelRequest request);

	/**
	 * What goes on a label. {@code reference} is ours (shipment key or return number);
	 * {@code insuredValue} is null when the parcel is not insured.
	 */
	record LabelRequest(String reference, String carrier, String service, Address from, Address to, int weightGrams,
			boolean signatureRequired, BigDecimal insuredValue) {
	}

	/** The bought label: its tracking number, a 4×6 in PDF and the same label as ZPL. */
	record CarrierLabel(String trackingNumber, byte[] pdf, String zpl) {
	}

}
