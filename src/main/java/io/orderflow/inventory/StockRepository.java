package io.orderflow.inventory;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Stock levels, warehouses and reservations. Levels change only through
 * {@link StockJournal}; this class creates them, reads them, and keeps the reservations.
 */
@Repository
public class StockRepository {

	private final JdbcClient jdbc;

	StockRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<StockLevel> levelsOf(String sku) {
		return jdbc
			.sql("select sku, warehouse_code, on_hand, reserved from stock_level where sku = ? order by warehouse_code")
			.param(sku)
			.query(StockRepository::level)
			.list();
	}

	/**
	 * The levels of these SKUs, locked until the caller commits. Locked in SKU and
	 * warehouse order, so two orders reserving overlapping SKUs queue instead of
	 * deadlocking; this lock is what keeps concurrent orders from overselling.
	 */
	List<StockLevel> lockLevels(Collection<String> skus) {
		return jdbc
			.sql("select sku, warehouse_code, on_hand, reserved from stock_level"
					+ " where sku in (:skus) order by sku, warehouse_code for update")
			.param("skus", skus)
			.query(StockRepository::level)
			.list();
	}

	boolean warehouseExists(String code) {
		return jdbc.sql("select count(*) from warehouse where code = ?").param(code).query(Integer.class).single() > 0;
	}

	List<String> warehousesByPriority() {
		return jdbc.sql("select code from warehouse order by priority, code").query(String.class).list();
	}

	/**
	 * A zero level for a SKU a warehouse has never held, so the journal has a level to
	 * change.
	 */
	void ensureLevel(String sku, String warehouse) {
		jdbc.sql("merge into stock_level t using (select cast(? as varchar(64)) as sku, cast(? as varchar(32)) as wh) s"
				+ " on t.sku = s.sku and t.warehouse_code = s.wh"
				+ " when not matched then insert (sku, warehouse_code, on_hand, reserved) values (s.sku, s.wh, 0, 0)")
			.params(sku, warehouse)
			.update();
	}

	void insertReservation(String orderNumber, String sku, String warehouse, int quantity, OffsetDateTime at) {
		jdbc.sql("insert into stock_reservation (order_number, sku, warehouse_code, quantity, status, created_at)"
				+ " values (?, ?, ?, ?, ?, ?)")
			.params(orderNumber, sku, warehouse, quantity, ReservationStatus.ACTIVE.name(), at)
			.update();
	}

	List<Reservation> activeReservations(String orderNumber) {
		return jdbc
			.sql("select id, sku, warehouse_code, quantity from stock_reservation"
					+ " where order_number = ? and status = ? order by id")
			.params(orderNumber, ReservationStatus.ACTIVE.name())
			.query((rs, row) -> new Reservation(rs.getLong("id"), rs.getString("sku"), rs.getString("warehouse_code"),
					rs.getInt("quantity")))
			.list();
	}

	void markShipped(long reservationId, String shipmentKey) {
		jdbc.sql("update stock_reservation set status = ?, shipment_key = ? where id = ?")
			.params(ReservationStatus.SHIPPED.name(), shipmentKey, reservationId)
			.update();
	}

	/** What is left of a reservation after a short pick; more than 0. */
	void reduceReservation(long reservationId, int quantity) {
		jdbc.sql("update stock_reservation set quantity = ? where id = ?").params(quantity, reservationId).update();
	}

	/** Bins of the SKU per warehouse, where recorded. */
	Map<String, String> binsOf(String sku) {
		Map<String, String> bins = new TreeMap<>();
		jdbc.sql("select warehouse_code, bin from stock_level where sku = ? and bin is not null")
			.param(sku)
			.query((rs, row) -> bins.put(rs.getString("warehouse_code"), rs.getString("bin")))
			.list();
		return bins;
	}

	void assignBin(String sku, String warehouse, String bin) {
		jdbc.sql("update stock_level set bin = ? where sku = ? and warehouse_code = ?")
			.params(bin, sku, warehouse)
			.update();
	}

	/** Where the product lies in the warehouse, if a bin is recorded. */
	public Optional<String> bin(String sku, String warehouse) {
		return jdbc.sql("select bin from stock_level where sku = ? and warehouse_code = ? and bin is not null")
			.params(sku, warehouse)
			.query(String.class)
			.optional();
	}

	void markReleased(long reservationId) {
		jdbc.sql("update stock_reservation set status = ? where id = ?")
			.params(ReservationStatus.RELEASED.name(), reservationId)
			.update();
	}

	/** What left with the shipment, whether or not it came back since. */
	List<Reservation> shippedWith(String shipmentKey) {
		return jdbc
			.sql("select id, sku, warehouse_code, quantity from stock_reservation"
					+ " where shipment_key = ? and status in (?, ?) order by id")
			.params(shipmentKey, ReservationStatus.SHIPPED.name(), ReservationStatus.RETURNED.name())
			.query((rs, row) -> new Reservation(rs.getLong("id"), rs.getString("sku"), rs.getString("warehouse_code"),
					rs.getInt("quantity")))
			.list();
	}

	/**
	 * Marks what left with the shipment as back in the warehouse; how many rows changed.
	 */
	int markReturned(String shipmentKey) {
		return jdbc.sql("update stock_reservation set status = ? where shipment_key = ? and status = ?")
			.params(ReservationStatus.RETURNED.name(), shipmentKey, ReservationStatus.SHIPPED.name())
			.update();
	}

	boolean anyShipped(String orderNumber) {
		return jdbc.sql("select count(*) from stock_reservation where order_number = ? and status in (?, ?)")
			.params(orderNumber, ReservationStatus.SHIPPED.name(), ReservationStatus.RETURNED.name())
			.query(Integer.class)
			.single() > 0;
	}

	private static StockLevel level(ResultSet rs, int row) throws SQLException {
		return new StockLevel(rs.getString("sku"), rs.getString("warehouse_code"), rs.getInt("on_hand"),
				rs.getInt("reserved"));
	}

}
