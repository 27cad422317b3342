package io.orderflow.shipping;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;

import io.orderflow.order.Address;
import io.orderflow.order.Orders;
import io.orderflow.order.ShippingMethod;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Buys the label the customer sends a return back with, from the order's shipping address
 * to the address returns gives, with the service the shipping-service decision gives a
 * standard parcel. The return number is the idempotency key, so a retried step buys no
 * second label. The label is kept like a shipment's, under its tracking number.
 */
@Component
public class ReturnLabels {

	private final ShippingServiceDecision serviceDecision;

	private final CarrierGateway carrier;

	private final LabelRepository labels;

	private final Orders orders;

	private final Clock clock;

	ReturnLabels(ShippingServiceDecision serviceDecision, CarrierGateway carrier, LabelRepository labels, Orders orders,
			Clock clock) {
		this.serviceDecision = serviceDecision;
		this.carrier = carrier;
		this.labels = labels;
		this.orders = orders;
		this.clock = clock;
	}

	@Transactional
	public ReturnLabel buyReturnLabel(String orderNumber, String returnNumber, Address to, int weightGrams) {
		ShippingServiceDecision.ServiceChoice choice = serviceDecision.choose(new ShippingServiceDecision.ParcelFacts(
				ShippingMethod.STANDARD, weightGrams, to.country(), BigDecimal.ZERO, false, false));
		CarrierGateway.LabelRequest request = new CarrierGateway.LabelRequest(returnNumber, choice.carrier(),
				choice.service(), orders.get(orderNumber).shippingAddress(), to, weightGrams, false, null);
		CarrierGateway.CarrierLabel label = carrier.buyLabel(returnNumber + ":label", request);
		labels.keep(returnNumber, label, OffsetDateTime.now(clock));
		return new ReturnLabel(choice.carrier(), choice.service(), label.trackingNumber());
	}

	/** Forgets the return's label, which carries the customer's address. */
	public void forgetReturnLabel(String returnNumber) {
		labels.forget(returnNumber);
	}

	public record ReturnLabel(String carrier, String service, String trackingNumber) {
	}

}
