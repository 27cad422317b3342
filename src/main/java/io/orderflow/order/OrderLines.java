package io.orderflow.order;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What is open, cancelled and shipped of an order's lines, and which goods each shipment
 * carries: booked by inventory as it cancels and ships, read by payment for what a
 * shipment is worth. The order is SHIPPED once nothing is left to ship.
 */
@Service
public class OrderLines {

	private final OrderRepository repository;

	private final Orders orders;

	private final OrderPricing pricing;

	private final Clock clock;

	OrderLines(OrderRepository repository, Orders orders, OrderPricing pricing, Clock clock) {
		this.repository = repository;
		this.orders = orders;
		this.pricing = pricing;
		this.clock = clock;
	}

	/** What is still to ship per SKU: ordered, less cancelled, less shipped. */
	@Transactional(readOnly = true)
	public Map<String, Integer> openQuantities(String orderNumber) {
		return orders.get(orderNumber).openQuantities();
	}

	/**
	 * Gives up open quantities (a backorder decision): the lines are no longer charged
	 * and the totals are priced again. An order with nothing left to ship but something
	 * shipped is SHIPPED.
	 */
	@Transactional
	public void cancelOpenQuantities(String orderNumber, Map<String, Integer> toCancel, String reason) {
		Order order = orders.getForUpdate(orderNumber);
		OffsetDateTime now = OffsetDateTime.now(clock);
		Map<String, Integer> remaining = new TreeMap<>(toCancel);
		List<OrderLine> lines = new ArrayList<>();
		for (OrderLine line : order.lines()) {
			int cancel = Math.min(line.openQuantity(), remaining.getOrDefault(line.sku(), 0));
			remaining.merge(line.sku(), -cancel, Integer::sum);
			OrderLine changed = line.cancel(cancel);
			if (cancel > 0) {
				repository.updateLine(orderNumber, changed, now);
			}
			lines.add(changed);
		}
		Totals totals = pricing.totals(lines, order.shippingMethod());
		repository.updateTotals(orderNumber, totals, now);
		repository.appendEvent(orderNumber, now, OrderTimelineKind.LINES_CANCELLED,
				"Cancelled " + Timeline.describe(toCancel) + " (" + reason + "); new grand total " + totals.grandTotal()
						+ " " + order.currency());
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
		Order order = orders.get(orderNumber);
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
				repository.updateLine(orderNumber, line.ship(take), OffsetDateTime.now(clock));
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
			orders.changeStatus(orderNumber, OrderStatus.SHIPPED, "All items have left the warehouse");
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

}
