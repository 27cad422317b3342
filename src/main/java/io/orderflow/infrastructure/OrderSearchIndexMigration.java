package io.orderflow.infrastructure;

import java.util.List;

import org.springframework.stereotype.Component;

/**
 * The order search's prefix indexes on the order number and the customer's name in lower
 * case (V24 has the portable part). PostgreSQL only: H2 has neither indexes on
 * expressions nor pattern operator classes, and its development database stays small.
 */
@Component
class OrderSearchIndexMigration extends ScriptMigration {

	OrderSearchIndexMigration() {
		super("24.1", "order search patterns", null);
	}

	@Override
	List<String> scripts(String database) {
		return "postgres".equals(database) ? List.of("db/vendor/postgres/V24_1__order_search_patterns.sql") : List.of();
	}

}
