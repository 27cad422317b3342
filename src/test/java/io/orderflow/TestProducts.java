package io.orderflow;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Products of their own for one test, so no test depends on another's stock. */
final class TestProducts {

	static final List<String> WAREHOUSES = List.of("BER", "LEJ");

	private TestProducts() {
	}

	/** A new product at the price, weighing 100 g, with no stock level anywhere yet. */
	static String create(JdbcClient jdbc, String price) {
		String sku = "T-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
		jdbc.sql("insert into product (sku, name, unit_price, weight_grams) values (?, ?, ?, 100)")
			.params(sku, "Test product " + sku, new BigDecimal(price))
			.update();
		return sku;
	}

	/** A stock level of zero, as a warehouse that lists the product but has none. */
	static void noStock(JdbcClient jdbc, String sku, String warehouse) {
		jdbc.sql("insert into stock_level (sku, warehouse_code, on_hand, reserved) values (?, ?, 0, 0)")
			.params(sku, warehouse)
			.update();
	}

}
