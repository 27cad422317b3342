package io.orderflow.inventory;

import java.util.List;
import java.util.Map;

import io.orderflow.catalog.ProductRepository;
import io.orderflow.web.InvalidRequestException;
import io.orderflow.web.NotFoundException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stock per SKU and warehouse, and the goods that arrive, come back or are found missing.
 */
@Service
public class StockLevels implements Restocking {

	private final StockRepository stock;

	private final StockJournal journal;

	private final ProductRepository products;

	private final BackorderRelease backorders;

	StockLevels(StockRepository stock, StockJournal journal, ProductRepository products, BackorderRelease backorders) {
		this.stock = stock;
		this.journal = journal;
		this.products = products;
		this.backorders = backorders;
	}

	@Transactional(readOnly = true)
	public List<StockLevel> of(String sku) {
		requireProduct(sku);
		return stock.levelsOf(sku);
	}

	/**
	 * Goods arrived: on hand grows, and waiting backorders get the stock, oldest order
	 * first. Their order rows are locked before the stock's, as on every other path.
	 */
	@Transactional
	public void receive(String sku, String warehouse, int quantity) {
		requireProduct(sku);
		List<String> waiting = backorders.lockOrdersWaitingFor(sku);
		ensureLevel(sku, warehouse);
		journal.record(sku, warehouse, MovementType.RECEIPT, quantity, 0, null, "Goods received");
		backorders.offer(sku, waiting);
	}

	/**
	 * A stock count found more or fewer units than recorded. Never below what is
	 * reserved.
	 */
	@Transactional
	public void adjust(String sku, String warehouse, int quantity, String reason) {
		requireProduct(sku);
		List<String> waiting = quantity > 0 ? backorders.lockOrdersWaitingFor(sku) : List.of();
		ensureLevel(sku, warehouse);
		try {
			journal.record(sku, warehouse, MovementType.ADJUSTMENT, quantity, 0, null, reason);
		}
		catch (DataIntegrityViolationException belowReserved) {
			throw new InvalidRequestException("quantity",
					"would leave fewer units on hand in " + warehouse + " than are reserved for orders");
		}
		backorders.offer(sku, waiting);
	}

	/** Where the SKU lies in a warehouse: shown on pick lists. Moves no stock. */
	@Transactional
	public void assignBin(String sku, String warehouse, String bin) {
		requireProduct(sku);
		ensureLevel(sku, warehouse);
		stock.assignBin(sku, warehouse, bin);
	}

	/** Bins of the SKU per warehouse, where recorded. */
	@Transactional(readOnly = true)
	public Map<String, String> binsOf(String sku) {
		return stock.binsOf(sku);
	}

	/**
	 * An administrator's count of what is on hand: the first count of a SKU in a
	 * warehouse creates its stock level with a receipt, a later one is an adjustment by
	 * the difference; both go through the journal, and never below what is reserved.
	 */
	@Transactional
	public void count(String sku, String warehouse, int onHand) {
		requireProduct(sku);
		if (!stock.warehouseExists(warehouse)) {
			throw new NotFoundException("There is no warehouse " + warehouse + ".");
		}
		List<String> waiting = backorders.lockOrdersWaitingFor(sku);
		boolean created = stock.levelsOf(sku).stream().noneMatch(level -> level.warehouseCode().equals(warehouse));
		stock.ensureLevel(sku, warehouse);
		StockLevel level = stock.lockLevels(List.of(sku))
			.stream()
			.filter(l -> l.warehouseCode().equals(warehouse))
			.findFirst()
			.orElseThrow();
		if (onHand < level.reserved()) {
			throw new InvalidRequestException("onHand",
					"is below the " + level.reserved() + " units reserved for orders in " + warehouse);
		}
		int delta = onHand - level.onHand();
		if (delta != 0) {
			journal.record(sku, warehouse, created ? MovementType.RECEIPT : MovementType.ADJUSTMENT, delta, 0, null,
					created ? "Initial stock" : "Stock count");
		}
		if (delta > 0) {
			backorders.offer(sku, waiting);
		}
	}

	/**
	 * Returned goods fit to sell go back on hand, and waiting backorders get them like
	 * any receipt.
	 */
	@Override
	@Transactional
	public void restock(String sku, String warehouse, int quantity, String orderNumber, String note) {
		List<String> waiting = backorders.lockOrdersWaitingFor(sku);
		ensureLevel(sku, warehouse);
		journal.record(sku, warehouse, MovementType.RETURN_RESTOCK, quantity, 0, orderNumber, note);
		backorders.offer(sku, waiting);
	}

	private void requireProduct(String sku) {
		if (!products.existsById(sku)) {
			throw new NotFoundException("There is no product " + sku + ".");
		}
	}

	private void ensureLevel(String sku, String warehouse) {
		if (!stock.warehouseExists(warehouse)) {
			throw new InvalidRequestException("warehouse", "unknown warehouse " + warehouse);
		}
		stock.ensureLevel(sku, warehouse);
	}

}
