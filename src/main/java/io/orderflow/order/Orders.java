package io.orderflow.order;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

import io.orderflow.order.OrderDetailsSources.ShipmentSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What every capability may ask of or tell an order: read it, book what happened to its
 * lines, add to its timeline. Status moves go through {@link OrderMilestones} (for
 * capabilities) or the order's own steps.
 */
@Service
public class Orders {

	private final OrderRepository repository;

	private final OrderPricing pricing;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	/** Lazily: shipping's source itself reads orders through this class. */
	private final ObjectProvider<ShipmentSource> shipments;

	Orders(OrderRepository repository, OrderPricing pricing, Clock clock, ApplicationEventPublisher events,
			ObjectProvider<ShipmentSource> shipments) {
		this.repository = repository;
		this.pricing = pricing;
		this.clock = clock;
		this.events = events;
		this.shipments = shipments;
	}

	@Transactional(readOnly = true)
	public Order get(String orderNumber) {
		return repository.find(orderNumber).orElseThrow(() -> new UnknownOrderException(orderNumber));
	}

	/**
	 * The order, with its row locked until the caller's transaction ends: no status
	 * change slips in meanwhile.
	 */
	@Transactional
	public Order getForUpdate(String orderNumber) {
		repository.lock(orderNumber);
		return get(orderNumber);
	}

	/**
	 * Moves the order to {@code next} and records it on the timeline. Moving to the
	 * status the order already has is a no-op, so a retried step does not fail or log
	 * twice; a move the status table does not allow is a defect and fails loudly.
	 */
	@Transactional
	public void changeStatus(String orderNumber, OrderStatus next, String message) {
		changeStatus(orderNumber, next, message, null, message);
	}

	/**
	 * As {@link #changeStatus(String, OrderStatus, String)}, and publishes the move as an
	 * {@link OrderChanged} event (if customers or partners are told about that status)
	 * with the cause and reason of a cancellation.
	 */
	@Transactional
	public void changeStatus(String orderNumber, OrderStatus next, String message, String cause, String reason) {
		OrderStatus current = repository.findStatusForUpdate(orderNumber)
			.orElseThrow(() -> new UnknownOrderException(orderNumber));
		if (OrderStatus.TRANSITIONS.requireMove(current, next, () -> new IllegalStateException(
				"Order " + orderNumber + " cannot go from " + current + " to " + next))) {
			OffsetDateTime now = OffsetDateTime.now(clock);
			repository.updateStatus(orderNumber, next, now);
			repository.appendEvent(orderNumber, now, next.timelineType(), message);
			next.eventType()
				.ifPresent(type -> events.publishEvent(new OrderChanged(UUID.randomUUID(), type, orderNumber, now, next,
						reason, cause, next == OrderStatus.CONFIRMED ? expectedDelivery(orderNumber) : null)));
		}
	}

	private LocalDate expectedDelivery(String orderNumber) {
		return shipments.getObject().expectedDeliveryDate(get(orderNumber)).orElse(null);
	}

	/** The message of the order's latest timeline entry of a type, if it has one. */
	@Transactional(readOnly = true)
	public Optional<String> latestTimelineMessage(String orderNumber, TimelineEntryType type) {
		List<TimelineEntry> entries = timeline(orderNumber);
		for (int i = entries.size() - 1; i >= 0; i--) {
			if (entries.get(i).type() == type) {
				return Optional.of(entries.get(i).message());
			}
		}
		return Optional.empty();
	}

	/**
	 * How many other orders the order's customer placed since a point in time (by
	 * customer id or e-mail).
	 */
	@Transactional(readOnly = true)
	public int otherOrdersOfCustomerSince(Order order, OffsetDateTime since) {
		return repository.otherOrdersOfCustomer(order, since);
	}

	/** The customer's orders before this one, with the newest few order numbers. */
	@Transactional(readOnly = true)
	public CustomerHistory historyBefore(Order order, int latest) {
		return repository.historyBefore(order, latest);
	}

	/** Whether this is the customer's first order (by customer id or e-mail). */
	@Transactional(readOnly = true)
	public boolean isFirstOrderOfCustomer(Order order) {
		return !repository.hasOtherOrders(order);
	}

	/**
	 * The customer (or customer service) chose another way to pay; the token is replaced.
	 */
	@Transactional
	public void changePayment(String orderNumber, PaymentMethod method, String token) {
		OffsetDateTime now = OffsetDateTime.now(clock);
		repository.updatePayment(orderNumber, method, method.isAuthorized() ? token : null, now);
		repository.appendEvent(orderNumber, now, TimelineEntryType.PAYMENT_UPDATED, "Payment method now " + method);
	}

	/** What is still to ship per SKU: ordered, less cancelled, less shipped. */
	@Transactional(readOnly = true)
	public Map<String, Integer> openQuantities(String orderNumber) {
		return get(orderNumber).openQuantities();
	}

	/**
	 * Gives up open quantities (a backorder decision): the lines are no longer charged
	 * and the totals are priced again. An order with nothing left to ship but something
	 * shipped is SHIPPED.
	 */
	@Transactional
	public void cancelOpenQuantities(String orderNumber, Map<String, Integer> toCancel, String reason) {
		Order order = getForUpdate(orderNumber);
		Map<String, Integer> remaining = new TreeMap<>(toCancel);
		List<OrderLine> lines = new ArrayList<>();
		for (OrderLine line : order.lines()) {
			int cancel = Math.min(line.openQuantity(), remaining.getOrDefault(line.sku(), 0));
			remaining.merge(line.sku(), -cancel, Integer::sum);
			OrderLine changed = line.cancel(cancel);
			if (cancel > 0) {
				repository.updateLine(orderNumber, changed);
			}
			lines.add(changed);
		}
		Totals totals = pricing.totals(lines, order.shippingMethod());
		OffsetDateTime now = OffsetDateTime.now(clock);
		repository.updateTotals(orderNumber, totals, now);
		repository.appendEvent(orderNumber, now, TimelineEntryType.LINES_CANCELLED, "Cancelled " + describe(toCancel)
				+ " (" + reason + "); new grand total " + totals.grandTotal() + " " + order.currency());
		markShippedIfComplete(orderNumber);
	}

	/**
	 * Books what a shipment took out of the warehouse against the order's lines and keeps
	 * the shipment's contents for its payment capture. The order is SHIPPED once nothing
	 * is left to ship. Booking a shipment twice books it once.
	 */
	@Transactional
	public void recordShipment(String orderNumber, String shipmentKey, Map<String, Integer> shipped) {
		repository.lock(orderNumber);
		if (repository.hasShipment(shipmentKey)) {
			return;
		}
		Order order = get(orderNumber);
		for (Map.Entry<String, Integer> item : shipped.entrySet()) {
			int left = item.getValue();
			BigDecimal value = BigDecimal.ZERO;
			for (OrderLine line : order.lines()) {
				if (!line.sku().equals(item.getKey()) || left == 0 || line.openQuantity() == 0) {
					continue;
				}
				int take = Math.min(left, line.openQuantity());
				left -= take;
				value = value.add(line.valueOf(take));
				repository.updateLine(orderNumber, line.ship(take));
			}
			if (left > 0) {
				throw new IllegalStateException("Shipment " + shipmentKey + " holds " + left + " more " + item.getKey()
						+ " than order " + orderNumber + " has open");
			}
			repository.insertShipmentItem(orderNumber, shipmentKey, item.getKey(), item.getValue(), value);
		}
		markShippedIfComplete(orderNumber);
	}

	private void markShippedIfComplete(String orderNumber) {
		if (openQuantities(orderNumber).isEmpty() && repository.shipmentCount(orderNumber) > 0) {
			changeStatus(orderNumber, OrderStatus.SHIPPED, "All items have left the warehouse");
		}
	}

	/**
	 * A new parcel carries the goods of one that went missing or came back: it holds the
	 * same items at the same value and books nothing against the lines, which shipped
	 * already. Booking it twice books it once.
	 */
	@Transactional
	public void recordReshipment(String orderNumber, String reshipmentKey, String replacedShipmentKey) {
		repository.lock(orderNumber);
		if (repository.hasShipment(reshipmentKey)) {
			return;
		}
		repository.copyShipmentItems(orderNumber, replacedShipmentKey, reshipmentKey);
	}

	/** The value of the goods a shipment holds, at the prices paid. */
	@Transactional(readOnly = true)
	public BigDecimal shipmentGoodsValue(String shipmentKey) {
		return repository.shipmentGoodsValue(shipmentKey);
	}

	@Transactional
	public void record(String orderNumber, TimelineEntryType type, String message) {
		repository.appendEvent(orderNumber, OffsetDateTime.now(clock), type, message);
	}

	/** {@code 2 × MUG-CER-350, 1 × COFFEE-1KG}, for timeline messages. */
	public static String describe(Map<String, Integer> quantities) {
		return quantities.entrySet()
			.stream()
			.map(e -> e.getValue() + " × " + e.getKey())
			.collect(Collectors.joining(", "));
	}

	@Transactional(readOnly = true)
	public List<TimelineEntry> timeline(String orderNumber) {
		return repository.timeline(orderNumber);
	}

	/** When the order was reported delivered, if it was. */
	@Transactional(readOnly = true)
	public Optional<OffsetDateTime> deliveredAt(String orderNumber) {
		return timeline(orderNumber).stream()
			.filter(entry -> entry.type() == TimelineEntryType.DELIVERED)
			.map(TimelineEntry::at)
			.findFirst();
	}

}
