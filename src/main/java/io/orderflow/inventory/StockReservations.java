package io.orderflow.inventory;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

import io.orderflow.order.Order;
import io.orderflow.order.OrderLine;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reserves an order's stock and turns its reservations into shipped stock. Reserving locks the order's
 * stock rows in a fixed order and decides under the lock, so concurrent orders never oversell and never deadlock.
 */
@Service
class StockReservations {

	private final JdbcClient jdbc;

	private final StockJournal journal;

	private final Clock clock;

	StockReservations(JdbcClient jdbc, StockJournal journal, Clock clock) {
		this.jdbc = jdbc;
		this.journal = journal;
		this.clock = clock;
	}

	/**
	 * Reserves every line in the first warehouse (by priority) that holds all of them. Returns that warehouse, or
	 * empty when none does, in which case nothing is reserved. Reserving an order twice reserves once.
	 */
	@Transactional
	public Optional<String> reserve(Order order) {
		List<Reservation> existing = active(order.orderNumber());
		if (!existing.isEmpty()) {
			return Optional.of(existing.get(0).warehouseCode());
		}
		Map<String, Integer> needed = order.lines()
			.stream()
			.collect(Collectors.toMap(OrderLine::sku, OrderLine::quantity, Integer::sum, TreeMap::new));
		Map<String, List<StockLevel>> byWarehouse = lockLevels(needed.keySet()).stream()
			.collect(Collectors.groupingBy(StockLevel::warehouseCode, TreeMap::new, Collectors.toList()));
		Optional<String> warehouse = warehousesByPriority().stream()
			.filter(code -> coversAll(byWarehouse.getOrDefault(code, List.of()), needed))
			.findFirst();
		warehouse.ifPresent(code -> needed.forEach((sku, quantity) -> {
			journal.record(sku, code, MovementType.RESERVATION, 0, quantity, order.orderNumber(), "Reserved for order");
			jdbc.sql("insert into stock_reservation (order_number, sku, warehouse_code, quantity, status, created_at)"
					+ " values (?, ?, ?, ?, 'ACTIVE', ?)")
				.params(order.orderNumber(), sku, code, quantity, OffsetDateTime.now(clock))
				.update();
		}));
		return warehouse;
	}

	/** Turns the order's reservations into stock that has left the warehouse. */
	@Transactional
	public void ship(String orderNumber) {
		for (Reservation r : active(orderNumber)) {
			journal.record(r.sku(), r.warehouseCode(), MovementType.SHIPMENT, -r.quantity(), -r.quantity(), orderNumber,
					"Shipped");
			close(r, "SHIPPED");
		}
	}

	private List<Reservation> active(String orderNumber) {
		return jdbc.sql("select id, sku, warehouse_code, quantity from stock_reservation"
				+ " where order_number = ? and status = 'ACTIVE' order by id")
			.param(orderNumber)
			.query(Reservation.class)
			.list();
	}

	private void close(Reservation reservation, String status) {
		jdbc.sql("update stock_reservation set status = ? where id = ?").params(status, reservation.id()).update();
	}

	private List<StockLevel> lockLevels(Collection<String> skus) {
		return jdbc.sql("select sku, warehouse_code, on_hand, reserved from stock_level"
				+ " where sku in (:skus) order by sku, warehouse_code for update")
			.param("skus", skus)
			.query(StockLevel.class)
			.list();
	}

	private List<String> warehousesByPriority() {
		return jdbc.sql("select code from warehouse order by priority, code").query(String.class).list();
	}

	private static boolean coversAll(List<StockLevel> levels, Map<String, Integer> needed) {
		Map<String, Integer> available = levels.stream()
			.collect(Collectors.toMap(StockLevel::sku, StockLevel::available));
		return needed.entrySet().stream().allMatch(e -> available.getOrDefault(e.getKey(), 0) >= e.getValue());
	}

}
