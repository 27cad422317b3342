package io.orderflow.shipping;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;

import io.orderflow.order.Order;
import io.orderflow.order.OrderDetailsSources.ShipmentSource;
import io.orderflow.order.Orders;
import io.orderflow.order.ShipmentSummary;
import io.orderflow.order.TimelineEntryType;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Shipments of an order: buying the label and showing them on the order. Carrier events
 * are {@link CarrierEvents}; delivery and its problems {@link DeliveryProblems}.
 */
@Service
class Shipments implements ShipmentSource {

	private final ShipmentRepository shipments;

	private final Orders orders;

	private final CarrierServices carrierServices;

	private final CarrierGateway carrier;

	private final Clock clock;

	Shipments(ShipmentRepository shipments, Orders orders, CarrierServices carrierServices, CarrierGateway carrier,
			Clock clock) {
		this.shipments = shipments;
		this.orders = orders;
		this.carrierServices = carrierServices;
		this.carrier = carrier;
		this.clock = clock;
	}

	/**
	 * Buys the label for the next shipment of the order from a warehouse and records it.
	 * Returns the shipment's key ({@code <order>-<warehouse>-<n>}), which is also the
	 * label's idempotency key: a retried step gets the same label.
	 */
	@Transactional
	public String ship(String orderNumber, String warehouse, int parcelWeightGrams) {
		String shipmentKey = orderNumber + "-" + warehouse + "-" + (shipments.countFrom(orderNumber, warehouse) + 1);
		Order order = orders.get(orderNumber);
		CarrierServices.CarrierService service = carrierServices.forMethod(order.shippingMethod());
		String trackingNumber = carrier.createLabel(shipmentKey, service, order.shippingAddress(), parcelWeightGrams);
		shipments.insert(orderNumber, shipmentKey, warehouse, service, trackingNumber, parcelWeightGrams, now());
		orders.record(orderNumber, TimelineEntryType.SHIPMENT_CREATED, "Shipment " + shipmentKey + " from " + warehouse
				+ " with " + service.carrier() + " " + service.service() + ", tracking number " + trackingNumber);
		return shipmentKey;
	}

	@Override
	@Transactional(readOnly = true)
	public List<ShipmentSummary> shipments(String orderNumber) {
		return shipments.summaries(orderNumber);
	}

	private OffsetDateTime now() {
		return OffsetDateTime.now(clock);
	}

}
