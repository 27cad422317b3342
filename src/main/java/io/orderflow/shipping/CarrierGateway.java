package io.orderflow.shipping;

import io.orderflow.order.Address;

/**
 * The port to carriers: buys a label. A repeated idempotency key returns the first label,
 * never a second one.
 */
interface CarrierGateway {

	String createLabel(String idempotencyKey, CarrierServices.CarrierService service, Address to, int weightGrams);

}
