package io.orderflow.shipping;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import io.orderflow.order.Order;
import io.orderflow.order.OrderDetailsSources.ShipmentSource;
import io.orderflow.order.OrderEventType;
import io.orderflow.order.OrderMilestones;
import io.orderflow.order.Orders;
import io.orderflow.order.ShipmentSummary;
import io.orderflow.order.TimelineEntryType;
import io.orderflow.workflow.Messages;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Shipments of an order: buying the label, following the carrier's events, and confirming
 * delivery.
 *
 * <p>
 * A carrier's DELIVERED event may arrive before the order's delivery process waits for
 * it. Both the event and the process's delivery check lock the order's shipment rows
 * first, so whichever runs second sees what the first did: the event finds the waiting
 * process, or the check finds the delivered shipment. No event is lost.
 */
@Service
class Shipments implements ShipmentSource {

	private final ShipmentRepository shipments;

	private final Orders orders;

	private final OrderMilestones milestones;

	private final CarrierServices carrierServices;

	private final CarrierGateway carrier;

	private final RuntimeService runtime;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	Shipments(ShipmentRepository shipments, Orders orders, OrderMilestones milestones, CarrierServices carrierServices,
			CarrierGateway carrier, RuntimeService runtime, Clock clock, ApplicationEventPublisher events) {
		this.events = events;
		this.shipments = shipments;
		this.orders = orders;
		this.milestones = milestones;
		this.carrierServices = carrierServices;
		this.carrier = carrier;
		this.runtime = runtime;
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
		events.publishEvent(new ShipmentEvent(UUID.randomUUID(), OrderEventType.SHIPMENT_SHIPPED, orderNumber, now(),
				shipmentKey, service.carrier(), service.service(), trackingNumber, null));
		return shipmentKey;
	}

	/**
	 * Records a carrier event; a DELIVERED event moves on the order's delivery process if
	 * it is waiting.
	 */
	@Transactional
	public ShipmentStatus recordCarrierEvent(String trackingNumber, CarrierEventType event, OffsetDateTime occurredAt) {
		String orderNumber = shipments.orderOf(trackingNumber)
			.orElseThrow(() -> new UnknownShipmentException(trackingNumber));
		shipments.lockAllOf(orderNumber);
		ShipmentStatus current = shipments.status(trackingNumber);
		orders.record(orderNumber, event.timelineType(), "Carrier reports " + trackingNumber + " "
				+ event.name().toLowerCase().replace('_', ' ') + " at " + occurredAt);
		if (current == ShipmentStatus.DELIVERED) {
			// A late or repeated event does not move a delivered parcel back in transit.
			return current;
		}
		shipments.updateStatus(trackingNumber, event.shipmentStatus(), now());
		event.orderEventType().ifPresent(type -> {
			ShipmentSummary shipment = shipments.summaries(orderNumber)
				.stream()
				.filter(summary -> summary.trackingNumber().equals(trackingNumber))
				.findFirst()
				.orElseThrow();
			events.publishEvent(new ShipmentEvent(UUID.randomUUID(), type, orderNumber, now(), null, shipment.carrier(),
					shipment.service(), trackingNumber, null));
		});
		if (event == CarrierEventType.DELIVERED && allDelivered(orderNumber)) {
			runtime.createMessageCorrelation(Messages.SHIPMENT_DELIVERED)
				.processInstanceBusinessKey(orderNumber)
				.correlateAllWithResult();
		}
		return event.shipmentStatus();
	}

	/**
	 * Whether every shipment of the order is delivered, holding the shipments' locks
	 * until the caller commits.
	 */
	@Transactional
	public boolean checkDelivered(String orderNumber) {
		shipments.lockAllOf(orderNumber);
		return allDelivered(orderNumber);
	}

	/**
	 * The order has arrived: confirmed by the carrier, or by customer service after an
	 * investigation.
	 */
	@Transactional
	public void confirmDelivered(String orderNumber) {
		shipments.markAllDelivered(orderNumber, now());
		milestones.delivered(orderNumber);
	}

	@Override
	@Transactional(readOnly = true)
	public List<ShipmentSummary> shipments(String orderNumber) {
		return shipments.summaries(orderNumber);
	}

	private boolean allDelivered(String orderNumber) {
		return shipments.countUndelivered(orderNumber) == 0 && !shipments.summaries(orderNumber).isEmpty();
	}

	private OffsetDateTime now() {
		return OffsetDateTime.now(clock);
	}

}
