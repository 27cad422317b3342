package io.orderflow.shipping;

import io.orderflow.catalog.ProductRepository;
import io.orderflow.order.Address;
import io.orderflow.order.OrderReturns;
import io.orderflow.order.ReturnRequest;
import io.orderflow.order.ShippingMethod;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Buys the label the customer sends a return back with, addressed to {@code orderflow.returns.address}, at the
 * standard service. The return number is the idempotency key, so a retried step buys no second label.
 */
@Component
class ReturnLabels {

	private final OrderReturns returns;

	private final ProductRepository products;

	private final CarrierServices carrierServices;

	private final CarrierGateway carrier;

	private final ReturnAddress returnAddress;

	ReturnLabels(OrderReturns returns, ProductRepository products, CarrierServices carrierServices,
			CarrierGateway carrier, ReturnAddress returnAddress) {
		this.returns = returns;
		this.products = products;
		this.carrierServices = carrierServices;
		this.carrier = carrier;
		this.returnAddress = returnAddress;
	}

	void create(String returnNumber) {
		ReturnRequest request = returns.get(returnNumber);
		var catalogue = products.findBySkus(request.lines().stream().map(ReturnRequest.ReturnedLine::sku).toList());
		int weight = request.lines()
			.stream()
			.mapToInt(line -> line.quantity() * catalogue.get(line.sku()).weightGrams())
			.sum();
		CarrierServices.CarrierService service = carrierServices.forMethod(ShippingMethod.STANDARD);
		String trackingNumber = carrier.createLabel(returnNumber + ":label", service, returnAddress.address(), weight);
		returns.recordLabel(returnNumber, trackingNumber);
		returns.note(returnNumber, "RETURN_LABEL_CREATED",
				"return label " + service.carrier() + " " + service.service() + ", tracking number " + trackingNumber);
	}

	@ConfigurationProperties("orderflow.returns")
	record ReturnAddress(Address address) {
	}

}
