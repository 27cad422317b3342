package io.orderflow.shipping;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.orderflow.catalog.Product;
import io.orderflow.catalog.ProductRepository;
import io.orderflow.inventory.ParcelContents;
import io.orderflow.order.Order;
import io.orderflow.order.OrderEventType;
import io.orderflow.order.OrderLine;
import io.orderflow.order.OrderStatus;
import io.orderflow.order.Orders;
import io.orderflow.order.ShipmentSummary;
import io.orderflow.order.Timeline;
import io.orderflow.order.spi.OrderDetailsSources.ShipmentSource;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Shipments of an order: buying the label and showing them on the order. Carrier events
 * are {@link CarrierEvents}; delivery and its problems {@link DeliveryProblems}.
 */
@Service
public class Shipments implements ShipmentSource {

	private final ShipmentRepository shipments;

	private final Orders orders;

	private final Timeline timeline;

	private final ParcelContents parcels;

	private final ProductRepository catalogue;

	private final ShippingServiceDecision serviceDecision;

	private final CarrierGateway carrier;

	private final LabelRepository labels;

	private final ShippingSettings settings;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	Shipments(ShipmentRepository shipments, Orders orders, Timeline timeline, ParcelContents parcels,
			ProductRepository catalogue, ShippingServiceDecision serviceDecision, CarrierGateway carrier,
			LabelRepository labels, ShippingSettings settings, Clock clock, ApplicationEventPublisher events) {
		this.events = events;
		this.shipments = shipments;
		this.orders = orders;
		this.timeline = timeline;
		this.parcels = parcels;
		this.catalogue = catalogue;
		this.serviceDecision = serviceDecision;
		this.carrier = carrier;
		this.labels = labels;
		this.settings = settings;
		this.clock = clock;
	}

	/**
	 * Buys the label for the next shipment of the order from a warehouse and records it,
	 * with the carrier and service the shipping-service decision chose for the parcel.
	 * Returns the shipment's key ({@code <order>-<warehouse>-<n>}), which is also the
	 * label's idempotency key: a retried step gets the same label.
	 */
	@Transactional
	public String ship(String orderNumber, String warehouse, int parcelWeightGrams) {
		Order order = orders.get(orderNumber);
		refuseIfEnded(order);
		String shipmentKey = orderNumber + "-" + warehouse + "-" + (shipments.countFrom(orderNumber, warehouse) + 1);
		Parcel parcel = parcel(order, parcels.contents(orderNumber, warehouse));
		ShippingServiceDecision.ServiceChoice choice = serviceDecision.choose(parcel.facts(order, parcelWeightGrams));
		CarrierGateway.LabelRequest request = new CarrierGateway.LabelRequest(shipmentKey, choice.carrier(),
				choice.service(), settings.sender(), order.shippingAddress(), parcelWeightGrams,
				choice.signatureRequired(), choice.insured() ? parcel.value() : null);
		// Bought before the order row is locked, so a cancellation never waits for the
		// carrier; one that came meanwhile is seen under the lock and no shipment is
		// made.
		CarrierGateway.CarrierLabel label = carrier.buyLabel(shipmentKey, request);
		refuseIfEnded(orders.getForUpdate(orderNumber));
		labels.keep(shipmentKey, label, now());
		LocalDate expected = BusinessDays.after(today(), choice.transitDays());
		shipments.insert(orderNumber, shipmentKey, warehouse, request, label.trackingNumber(), choice.transitDays(),
				expected, now());
		timeline.record(orderNumber, ShippingTimelineKind.SHIPMENT_CREATED,
				"Shipment " + shipmentKey + " from " + warehouse + " with " + choice.carrier() + " " + choice.service()
						+ ", tracking number " + label.trackingNumber() + ", expected on " + expected);
		events.publishEvent(new ShipmentEvent(UUID.randomUUID(), OrderEventType.SHIPMENT_SHIPPED, orderNumber, now(),
				shipmentKey, choice.carrier(), choice.service(), label.trackingNumber(), expected));
		return shipmentKey;
	}

	private static void refuseIfEnded(Order order) {
		if (order.status().isFinal()) {
			throw new IllegalStateException(
					"Order " + order.orderNumber() + " is " + order.status() + "; no shipment is made");
		}
	}

	/**
	 * The order was cancelled: its shipments not yet handed over are cancelled and their
	 * labels discarded, so no parcel leaves and none is charged. The caller holds the
	 * order row's lock, which the label purchase and the hand-over also take first.
	 */
	@Transactional
	public void cancelNotHandedOver(String orderNumber) {
		for (String shipmentKey : shipments.cancelNotHandedOver(orderNumber, now())) {
			labels.forget(shipmentKey);
			timeline.record(orderNumber, ShippingTimelineKind.SHIPMENT_CANCELLED,
					"Shipment " + shipmentKey + " cancelled before it was handed over; its label is discarded");
		}
	}

	/**
	 * The warehouse handed the parcel over: the shipment is {@code HANDED_OVER} until the
	 * carrier's first event, and a cancellation no longer discards it.
	 */
	@Transactional
	public void handedOver(String shipmentKey) {
		shipments.markHandedOver(shipmentKey, now());
	}

	@Override
	@Transactional(readOnly = true)
	public List<ShipmentSummary> shipments(String orderNumber) {
		return shipments.summaries(orderNumber);
	}

	/**
	 * The latest expected date of the order's shipments; while something is still to
	 * ship, at least the estimate for it: one business day to dispatch plus the transit
	 * days the shipping-service decision gives a parcel of what is left.
	 */
	@Override
	@Transactional(readOnly = true)
	public Optional<LocalDate> expectedDeliveryDate(Order order, List<ShipmentSummary> summaries) {
		if (order.status() == OrderStatus.CANCELLED || order.status() == OrderStatus.REJECTED) {
			return Optional.empty();
		}
		Optional<LocalDate> shipped = summaries.stream()
			.map(ShipmentSummary::expectedDeliveryDate)
			.filter(date -> date != null)
			.max(LocalDate::compareTo);
		Map<String, Integer> open = order.openQuantities();
		if (open.isEmpty()) {
			return shipped;
		}
		Parcel rest = parcel(order, open);
		ShippingServiceDecision.ServiceChoice choice = serviceDecision.estimate(rest.facts(order, rest.weightGrams()));
		LocalDate estimate = BusinessDays.after(today(), 1 + choice.transitDays());
		return Optional.of(shipped.filter(date -> date.isAfter(estimate)).orElse(estimate));
	}

	private Parcel parcel(Order order, Map<String, Integer> contents) {
		Map<String, Product> products = catalogue.findBySkus(contents.keySet());
		BigDecimal value = BigDecimal.ZERO;
		int weight = 0;
		boolean hazardous = false;
		boolean fragile = false;
		for (Map.Entry<String, Integer> item : contents.entrySet()) {
			Product product = products.get(item.getKey());
			OrderLine line = order.lines()
				.stream()
				.filter(l -> l.sku().equals(item.getKey()))
				.findFirst()
				.orElseThrow(() -> new IllegalStateException(item.getKey() + " is not on " + order.orderNumber()));
			value = value.add(line.valueOf(item.getValue()));
			weight += product.weightGrams() * item.getValue();
			hazardous |= product.hazardous();
			fragile |= product.fragile();
		}
		return new Parcel(value, weight, hazardous, fragile);
	}

	/** What the decision needs to know of a parcel's goods. */
	private record Parcel(BigDecimal value, int weightGrams, boolean hazardous, boolean fragile) {

		ShippingServiceDecision.ParcelFacts facts(Order order, int parcelWeightGrams) {
			return new ShippingServiceDecision.ParcelFacts(order.shippingMethod(), parcelWeightGrams,
					order.shippingAddress().country(), value, hazardous, fragile);
		}

	}

	private LocalDate today() {
		return LocalDate.now(clock);
	}

	private OffsetDateTime now() {
		return OffsetDateTime.now(clock);
	}

}
