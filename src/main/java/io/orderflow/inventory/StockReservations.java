package io.orderflow.inventory;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import io.orderflow.order.OrderLines;
import io.orderflow.order.Orders;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reserves an order's stock, turns reservations into shipped stock, and releases them.
 * Reserving locks the stock rows of the order's SKUs in a fixed order and decides under
 * the lock, so concurrent orders never oversell and never deadlock. Every change first
 * locks the order's row ({@link Orders#getForUpdate}), the one lock order (order, then
 * stock) that a cancellation, a hand-over or a receipt also keeps, so none of them waits
 * for another in a circle; within a transaction that holds it already, it costs nothing.
 */
@Service
public class StockReservations {

	private final StockRepository stock;

	private final StockJournal journal;

	private final AllocationStrategy allocation;

	private final OrderLines orderLines;

	private final Orders orders;

	private final Clock clock;

	StockReservations(StockRepository stock, StockJournal journal, AllocationStrategy allocation, OrderLines orderLines,
			Orders orders, Clock clock) {
		this.stock = stock;
		this.orders = orders;
		this.journal = journal;
		this.allocation = allocation;
		this.orderLines = orderLines;
		this.clock = clock;
	}

	/**
	 * Reserves as much as possible of what the order still needs (open and not yet
	 * reserved), split across warehouses by the allocation strategy. Returns what is
	 * still short per SKU; empty means fully reserved. Reserving again only reserves what
	 * is still missing.
	 */
	@Transactional
	public Map<String, Integer> reserve(String orderNumber) {
		orders.getForUpdate(orderNumber);
		Map<String, Integer> needed = shortfall(orderNumber);
		if (needed.isEmpty()) {
			return needed;
		}
		Map<String, Map<String, Integer>> available = lockAvailable(needed.keySet());
		allocation.allocate(needed, available, stock.warehousesByPriority())
			.forEach((warehouse, skus) -> skus.forEach((sku, quantity) -> {
				journal.record(sku, warehouse, MovementType.RESERVATION, 0, quantity, orderNumber,
						"Reserved for order");
				stock.insertReservation(orderNumber, sku, warehouse, quantity, OffsetDateTime.now(clock));
			}));
		return shortfall(orderNumber);
	}

	/** Open quantity per SKU that no active reservation covers yet. */
	@Transactional(readOnly = true)
	public Map<String, Integer> shortfall(String orderNumber) {
		Map<String, Integer> missing = new TreeMap<>(orderLines.openQuantities(orderNumber));
		active(orderNumber).forEach(r -> missing.merge(r.sku(), -r.quantity(), Integer::sum));
		missing.values().removeIf(quantity -> quantity <= 0);
		return missing;
	}

	/** Warehouses holding active reservations of the order: one shipment each. */
	@Transactional(readOnly = true)
	public List<String> warehousesToShip(String orderNumber) {
		return active(orderNumber).stream().map(Reservation::warehouseCode).distinct().sorted().toList();
	}

	/** Units per SKU the order's parcel from the warehouse is to hold. */
	@Transactional(readOnly = true)
	public Map<String, Integer> pickList(String orderNumber, String warehouse) {
		Map<String, Integer> contents = new TreeMap<>();
		active(orderNumber).stream()
			.filter(r -> r.warehouseCode().equals(warehouse))
			.forEach(r -> contents.merge(r.sku(), r.quantity(), Integer::sum));
		return contents;
	}

	/**
	 * Turns the order's reservations in one warehouse into stock that left with the given
	 * shipment.
	 */
	@Transactional
	public Map<String, Integer> ship(String orderNumber, String warehouse, String shipmentKey) {
		orders.getForUpdate(orderNumber);
		Map<String, Integer> shipped = new TreeMap<>();
		for (Reservation r : active(orderNumber)) {
			if (!r.warehouseCode().equals(warehouse)) {
				continue;
			}
			journal.record(r.sku(), warehouse, MovementType.SHIPMENT, -r.quantity(), -r.quantity(), orderNumber,
					"Shipped with " + shipmentKey);
			stock.markShipped(r.id(), shipmentKey);
			shipped.merge(r.sku(), r.quantity(), Integer::sum);
		}
		return shipped;
	}

	/**
	 * Records what the picker did not find in a warehouse (found units per SKU; SKUs not
	 * named were found in full): the missing units leave on-hand stock and the
	 * reservation as a short-pick discrepancy in the journal, so the order needs them
	 * again and allocation looks for them anew. Returns the missing units per SKU.
	 */
	@Transactional
	public Map<String, Integer> shortPick(String orderNumber, String warehouse, Map<String, Integer> found) {
		orders.getForUpdate(orderNumber);
		Map<String, Integer> missing = new TreeMap<>();
		Map<String, Integer> left = new TreeMap<>(found);
		for (Reservation r : active(orderNumber)) {
			if (!r.warehouseCode().equals(warehouse) || !left.containsKey(r.sku())) {
				continue;
			}
			int kept = Math.min(r.quantity(), left.get(r.sku()));
			left.merge(r.sku(), -kept, Integer::sum);
			int unfound = r.quantity() - kept;
			if (unfound == 0) {
				continue;
			}
			journal.record(r.sku(), warehouse, MovementType.SHORT_PICK, -unfound, -unfound, orderNumber,
					"Short pick: found " + kept + " of " + r.quantity());
			if (kept == 0) {
				stock.markReleased(r.id());
			}
			else {
				stock.reduceReservation(r.id(), kept);
			}
			missing.merge(r.sku(), unfound, Integer::sum);
		}
		return missing;
	}

	/** Gives the order's reserved stock back to availability. */
	@Transactional
	public void release(String orderNumber) {
		orders.getForUpdate(orderNumber);
		for (Reservation r : active(orderNumber)) {
			journal.record(r.sku(), r.warehouseCode(), MovementType.RELEASE, 0, -r.quantity(), orderNumber,
					"Reservation released");
			stock.markReleased(r.id());
		}
	}

	/** Whether any of the order's stock has left a warehouse. */
	@Transactional(readOnly = true)
	public boolean anyShipped(String orderNumber) {
		return stock.anyShipped(orderNumber);
	}

	public List<Reservation> active(String orderNumber) {
		return stock.activeReservations(orderNumber);
	}

	private Map<String, Map<String, Integer>> lockAvailable(Collection<String> skus) {
		return stock.lockLevels(skus)
			.stream()
			.collect(Collectors.groupingBy(StockLevel::warehouseCode,
					Collectors.toMap(StockLevel::sku, StockLevel::available)));
	}

}
