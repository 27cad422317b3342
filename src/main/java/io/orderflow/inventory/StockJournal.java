package io.orderflow.inventory;

import java.time.Clock;
import java.time.OffsetDateTime;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The only way stock levels change: each change is a journal row and the matching delta
 * on the level, in the same transaction, so levels can always be rebuilt and audited from
 * the journal. The database's checks (reserved ≥ 0, on hand ≥ reserved) reject any change
 * that would oversell. Its SQL stays hand-written on purpose: the level and its journal
 * row change in one statement pair, as deltas, never by reading and writing back a level.
 */
@Repository
class StockJournal {

	private final JdbcClient jdbc;

	private final Clock clock;

	StockJournal(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	void record(String sku, String warehouse, MovementType type, int onHandDelta, int reservedDelta, String orderNumber,
			String note) {
		int updated = jdbc
			.sql("update stock_level set on_hand = on_hand + ?, reserved = reserved + ?"
					+ " where sku = ? and warehouse_code = ?")
			.params(onHandDelta, reservedDelta, sku, warehouse)
			.update();
		if (updated != 1) {
			throw new IllegalStateException("No stock level for " + sku + " in " + warehouse);
		}
		jdbc.sql("insert into stock_movement (sku, warehouse_code, movement_type, on_hand_delta, reserved_delta,"
				+ " order_number, note, occurred_at) values (?, ?, ?, ?, ?, ?, ?, ?)")
			.params(sku, warehouse, type.name(), onHandDelta, reservedDelta, orderNumber, note,
					OffsetDateTime.now(clock))
			.update();
	}

}
