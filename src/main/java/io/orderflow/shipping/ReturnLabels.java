package io.orderflow.shipping;

import io.orderflow.order.Address;
import io.orderflow.order.ReturnSteps.ReturnLabel;
import io.orderflow.order.ReturnSteps.ReturnLabelling;
import io.orderflow.order.ShippingMethod;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Buys the label the customer sends a return back with, addressed to
 * {@code orderflow.returns.address}, at the standard service. The return number is the
 * idempotency key, so a retried step buys no second label.
 */
@Component
class ReturnLabels implements ReturnLabelling {

	private final CarrierServices carrierServices;

	private final CarrierGateway carrier;

	private final ReturnAddress returnAddress;

	ReturnLabels(CarrierServices carrierServices, CarrierGateway carrier, ReturnAddress returnAddress) {
		this.carrierServices = carrierServices;
		this.carrier = carrier;
		this.returnAddress = returnAddress;
	}

	@Override
	public ReturnLabel buyReturnLabel(String returnNumber, int weightGrams) {
		CarrierServices.CarrierService service = carrierServices.forMethod(ShippingMethod.STANDARD);
		String trackingNumber = carrier.createLabel(returnNumber + ":label", service, returnAddress.address(),
				weightGrams);
		return new ReturnLabel(service.carrier(), service.service(), trackingNumber);
	}

	@ConfigurationProperties("orderflow.returns")
	record ReturnAddress(Address address) {
	}

}
