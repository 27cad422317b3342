package io.orderflow.shipping;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.orderflow.order.Order;
import io.orderflow.order.OrderEventType;
import io.orderflow.order.OrderMilestones;
import io.orderflow.order.Orders;
import io.orderflow.order.Timeline;
import io.orderflow.shipping.ShipmentRepository.Shipment;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The shipping side of an order's delivery: whether its parcels are settled, which one
 * customer service investigates next and until when the process waits, and the outcomes
 * that belong to shipping (confirm, wait, reship, close as refunded).
 */
@Service
public class DeliveryProblems {

	private final ShipmentRepository shipments;

	private final DeliveryDeadlines deadlines;

	private final Orders orders;

	private final Timeline timeline;

	private final OrderMilestones milestones;

	private final ShippingSettings settings;

	private final LabelRepository labels;

	private final CarrierGateway carrier;

	private final ApplicationEventPublisher events;

	DeliveryProblems(ShipmentRepository shipments, DeliveryDeadlines deadlines, Orders orders, Timeline timeline,
			OrderMilestones milestones, ShippingSettings settings, LabelRepository labels, CarrierGateway carrier,
			ApplicationEventPublisher events) {
		this.events = events;
		this.shipments = shipments;
		this.deadlines = deadlines;
		this.orders = orders;
		this.timeline = timeline;
		this.milestones = milestones;
		this.settings = settings;
		this.labels = labels;
		this.carrier = carrier;
	}

	/**
	 * Where the order's delivery stands, holding the shipments' locks until the caller
	 * commits (see {@link CarrierEvents}).
	 */
	@Transactional
	public DeliveryState check(String orderNumber) {
		shipments.lockAllOf(orderNumber);
		List<Shipment> open = shipments.ofOrder(orderNumber).stream().filter(s -> !s.status().isSettled()).toList();
		if (open.isEmpty() && !shipments.ofOrder(orderNumber).isEmpty()) {
			return new DeliveryState(true, null, null);
		}
		Order order = orders.get(orderNumber);
		Optional<Shipment> due = open.stream().filter(s -> deadlines.isDue(s, order.shippingMethod())).findFirst();
		OffsetDateTime next = open.stream()
			.map(s -> deadlines.dueAt(s, order.shippingMethod()))
			.min(Comparator.naturalOrder())
			.orElseGet(deadlines::now);
		return new DeliveryState(false, due.map(Shipment::shipmentKey).orElse(null), next);
	}

	/** Customer service found that the customer has the parcel. */
	@Transactional
	public void confirmDelivered(String shipmentKey) {
		Shipment shipment = shipments.get(shipmentKey);
		shipments.updateStatus(shipment.id(), ShipmentStatus.DELIVERED, deadlines.now());
		timeline.record(shipment.orderNumber(), ShippingTimelineKind.DELIVERY_INVESTIGATED,
				"Customer service confirmed " + shipment.trackingNumber() + " delivered");
	}

	/** Customer service gives the carrier until {@code days} from now. */
	@Transactional
	public void waitLonger(String shipmentKey, int days) {
		Shipment shipment = shipments.get(shipmentKey);
		OffsetDateTime until = deadlines.now().plusDays(days);
		shipments.investigateAfter(shipment.id(), until, deadlines.now());
		timeline.record(shipment.orderNumber(), ShippingTimelineKind.DELIVERY_INVESTIGATED,
				"Waiting for " + shipment.trackingNumber() + " until " + until);
	}

	/**
	 * Buys the label of a new shipment of the same goods from the same warehouse and
	 * settles the old one as reshipped. Returns the new shipment's key. The label's
	 * idempotency key is {@code <order>:<old shipment>:reship-<n>}: a retried step gets
	 * the same label, and reshipping an already reshipped shipment returns its
	 * replacement.
	 */
	@Transactional
	public String reship(String shipmentKey) {
		Shipment replaced = shipments.get(shipmentKey);
		if (replaced.status() == ShipmentStatus.RESHIPPED) {
			return shipments.replacementOf(shipmentKey).orElseThrow();
		}
		Order order = orders.get(replaced.orderNumber());
		String newKey = nextKeyFrom(replaced);
		String idempotencyKey = reshipKey(replaced);
		// The same parcel again, with the carrier and service the decision chose for it.
		CarrierGateway.LabelRequest request = new CarrierGateway.LabelRequest(newKey, replaced.carrier(),
				replaced.service(), settings.sender(), order.shippingAddress(), replaced.parcelWeightGrams(),
				replaced.signatureRequired(), null);
		// Bought before the shipments are locked: a carrier's event for this order
		// never waits for the label service. A repeat gets the same label by its key.
		CarrierGateway.CarrierLabel label = carrier.buyLabel(idempotencyKey, request);
		shipments.lockAllOf(replaced.orderNumber());
		if (shipments.get(shipmentKey).status() == ShipmentStatus.RESHIPPED) {
			return shipments.replacementOf(shipmentKey).orElseThrow();
		}
		if (!newKey.equals(nextKeyFrom(replaced)) || !idempotencyKey.equals(reshipKey(replaced))) {
			throw new IllegalStateException("The shipments of " + order.orderNumber() + " changed while the label for "
					+ shipmentKey + " was bought; the step is retried");
		}
		OffsetDateTime now = deadlines.now();
		labels.keep(newKey, label, now);
		int transitDays = shipments.transitDays(shipmentKey);
		LocalDate expected = transitDays > 0 ? BusinessDays.after(now.toLocalDate(), transitDays) : null;
		shipments.insertReshipment(replaced, newKey, label.trackingNumber(), transitDays, expected, now);
		shipments.updateStatus(replaced.id(), ShipmentStatus.RESHIPPED, now);
		timeline.record(order.orderNumber(), ShippingTimelineKind.SHIPMENT_CREATED,
				"Shipment " + newKey + " replaces " + shipmentKey + " (no new charge), with " + replaced.carrier() + " "
						+ replaced.service() + ", tracking number " + label.trackingNumber()
						+ (expected == null ? "" : ", expected on " + expected));
		events.publishEvent(new ShipmentEvent(UUID.randomUUID(), OrderEventType.SHIPMENT_SHIPPED, order.orderNumber(),
				now, newKey, replaced.carrier(), replaced.service(), label.trackingNumber(), expected));
		return newKey;
	}

	private String nextKeyFrom(Shipment replaced) {
		return replaced.orderNumber() + "-" + replaced.warehouse() + "-"
				+ (shipments.countFrom(replaced.orderNumber(), replaced.warehouse()) + 1);
	}

	private String reshipKey(Shipment replaced) {
		return replaced.orderNumber() + ":" + replaced.shipmentKey() + ":reship-"
				+ (shipments.countReplacing(replaced.shipmentKey()) + 1);
	}

	/** The shipment's goods were refunded; nothing more is expected of it. */
	@Transactional
	public void closeAsRefunded(String shipmentKey) {
		Shipment shipment = shipments.get(shipmentKey);
		shipments.updateStatus(shipment.id(), ShipmentStatus.REFUNDED, deadlines.now());
	}

	/**
	 * Every parcel is settled: the order is delivered if any of them arrived, and closes
	 * otherwise (all refunded).
	 */
	@Transactional
	public void recordDelivery(String orderNumber) {
		if (shipments.ofOrder(orderNumber).stream().anyMatch(s -> s.status() == ShipmentStatus.DELIVERED)) {
			milestones.delivered(orderNumber);
		}
		else {
			milestones.nothingDelivered(orderNumber);
		}
	}

	@Transactional(readOnly = true)
	public Shipment shipment(String shipmentKey) {
		return shipments.get(shipmentKey);
	}

	@Transactional(readOnly = true)
	public List<ShipmentRepository.CarrierEventRecord> history(Shipment shipment) {
		return shipments.events(shipment.id());
	}

	/**
	 * Whether every shipment is settled; if not, the shipment to investigate now (or
	 * none) and when the next one falls due.
	 */
	public record DeliveryState(boolean delivered, String shipmentToInvestigate, OffsetDateTime nextDeadline) {
	}

}
