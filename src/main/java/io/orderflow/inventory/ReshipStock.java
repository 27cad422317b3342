package io.orderflow.inventory;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.orderflow.order.OrderLines;
import io.orderflow.order.Orders;
import io.orderflow.order.Timeline;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stock for delivery problems, through the journal: a parcel that came back goes back on
 * hand where it left from, and a reshipment reserves and ships the same goods again from
 * that warehouse. The goods of a shipment are what its reservations shipped.
 */
@Service
public class ReshipStock {

	private final StockRepository stock;

	private final StockJournal journal;

	private final StockReservations reservations;

	private final StockLevels levels;

	private final Timeline timeline;

	private final OrderLines orderLines;

	private final Orders orders;

	private final Clock clock;

	ReshipStock(StockRepository stock, StockJournal journal, StockReservations reservations, StockLevels levels,
			Timeline timeline, OrderLines orderLines, Orders orders, Clock clock) {
		this.orders = orders;
		this.stock = stock;
		this.journal = journal;
		this.reservations = reservations;
		this.levels = levels;
		this.timeline = timeline;
		this.orderLines = orderLines;
		this.clock = clock;
	}

	/**
	 * Reserves the shipment's goods again in its warehouse, all or nothing; false when
	 * the warehouse has too few. Reserving again while the last reservation has not
	 * shipped reserves nothing more.
	 */
	@Transactional
	public boolean reserveAgain(String orderNumber, String shipmentKey) {
		orders.getForUpdate(orderNumber);
		List<Reservation> goods = goodsOf(shipmentKey);
		String warehouse = goods.get(0).warehouseCode();
		if (reservations.active(orderNumber).stream().anyMatch(r -> r.warehouseCode().equals(warehouse))) {
			return true;
		}
		Map<String, Integer> available = new HashMap<>();
		stock.lockLevels(goods.stream().map(Reservation::sku).distinct().toList())
			.stream()
			.filter(level -> level.warehouseCode().equals(warehouse))
			.forEach(level -> available.put(level.sku(), level.available()));
		if (goods.stream().anyMatch(r -> available.getOrDefault(r.sku(), 0) < r.quantity())) {
			timeline.record(orderNumber, InventoryTimelineKind.STOCK_RESERVED,
					"Not enough stock in " + warehouse + " to reship " + shipmentKey);
			return false;
		}
		for (Reservation r : goods) {
			journal.record(r.sku(), warehouse, MovementType.RESERVATION, 0, r.quantity(), orderNumber,
					"Reserved again to reship " + shipmentKey);
			stock.insertReservation(orderNumber, r.sku(), warehouse, r.quantity(), OffsetDateTime.now(clock));
		}
		return true;
	}

	/**
	 * The reserved goods leave with the reshipment; the order books it as carrying the
	 * old shipment's items.
	 */
	@Transactional
	public void ship(String orderNumber, String shipmentKey, String reshipmentKey) {
		orders.getForUpdate(orderNumber);
		reservations.ship(orderNumber, goodsOf(shipmentKey).get(0).warehouseCode(), reshipmentKey);
		orderLines.recordReshipment(orderNumber, reshipmentKey, shipmentKey);
	}

	/** The parcel came back: its goods are on hand again where they left from, once. */
	@Transactional
	public void restock(String orderNumber, String shipmentKey) {
		orders.getForUpdate(orderNumber);
		List<Reservation> goods = goodsOf(shipmentKey);
		if (stock.markReturned(shipmentKey) == 0) {
			return;
		}
		for (Reservation r : goods) {
			levels.restock(r.sku(), r.warehouseCode(), r.quantity(), orderNumber,
					"Parcel " + shipmentKey + " came back");
		}
		timeline.record(orderNumber, InventoryTimelineKind.SHIPMENT_RESTOCKED,
				"Goods of " + shipmentKey + " back in stock in " + goods.get(0).warehouseCode());
	}

	private List<Reservation> goodsOf(String shipmentKey) {
		List<Reservation> goods = stock.shippedWith(shipmentKey);
		if (goods.isEmpty()) {
			throw new IllegalStateException("No stock left with shipment " + shipmentKey);
		}
		return goods;
	}

}
