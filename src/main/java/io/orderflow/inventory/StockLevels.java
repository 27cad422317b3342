package io.orderflow.inventory;

import java.util.List;

import io.orderflow.catalog.ProductRepository;
import io.orderflow.system.InvalidRequestException;
import io.orderflow.system.NotFoundException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Stock per SKU and warehouse, and the goods that arrive or are found missing. */
@Service
class StockLevels {

	private final JdbcClient jdbc;

	private final StockJournal journal;

	private final ProductRepository products;

	private final BackorderRelease backorders;

	StockLevels(JdbcClient jdbc, StockJournal journal, ProductRepository products, BackorderRelease backorders) {
		this.jdbc = jdbc;
		this.journal = journal;
		this.products = products;
		this.backorders = backorders;
	}

	@Transactional(readOnly = true)
	public List<StockLevel> of(String sku) {
		requireProduct(sku);
		return jdbc.sql("select sku, warehouse_code, on_hand, reserved from stock_level where sku = ? order by warehouse_code")
			.param(sku)
			.query(StockLevel.class)
			.list();
	}

	/** Goods arrived: on hand grows, and waiting backorders get the stock, oldest order first. */
	@Transactional
	public void receive(String sku, String warehouse, int quantity) {
		requireProduct(sku);
		ensureLevel(sku, warehouse);
		journal.record(sku, warehouse, MovementType.RECEIPT, quantity, 0, null, "Goods received");
		backorders.offer(sku);
	}

	/** A stock count found more or fewer units than recorded. Never below what is reserved. */
	@Transactional
	public void adjust(String sku, String warehouse, int quantity, String reason) {
		requireProduct(sku);
		ensureLevel(sku, warehouse);
		try {
			journal.record(sku, warehouse, MovementType.ADJUSTMENT, quantity, 0, null, reason);
		}
		catch (DataIntegrityViolationException belowReserved) {
			throw new InvalidRequestException("quantity",
					"would leave fewer units on hand in " + warehouse + " than are reserved for orders");
		}
		if (quantity > 0) {
			backorders.offer(sku);
		}
	}

	/** Returned goods fit to sell go back on hand, and waiting backorders get them like any receipt. */
	@Transactional
	public void restock(String sku, String warehouse, int quantity, String orderNumber, String note) {
		ensureLevel(sku, warehouse);
		journal.record(sku, warehouse, MovementType.RETURN_RESTOCK, quantity, 0, orderNumber, note);
		backorders.offer(sku);
	}

	private void requireProduct(String sku) {
		if (!products.exists(sku)) {
			throw new NotFoundException("There is no product " + sku + ".");
		}
	}

	private void ensureLevel(String sku, String warehouse) {
		if (jdbc.sql("select count(*) from warehouse where code = ?").param(warehouse).query(Integer.class).single() == 0) {
			throw new InvalidRequestException("warehouse", "unknown warehouse " + warehouse);
		}
		jdbc.sql("merge into stock_level t using (select cast(? as varchar(64)) as sku, cast(? as varchar(32)) as wh) s"
				+ " on t.sku = s.sku and t.warehouse_code = s.wh"
				+ " when not matched then insert (sku, warehouse_code, on_hand, reserved) values (s.sku, s.wh, 0, 0)")
			.params(sku, warehouse)
			.update();
	}

}
