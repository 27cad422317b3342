package io.orderflow.infrastructure;

import java.util.List;

import org.springframework.stereotype.Component;

/**
 * An index on the orders' e-mail address in lower case, for the fraud checks that find a
 * customer's other orders by it. PostgreSQL only: H2 has no indexes on expressions, and
 * its single-node development database stays small.
 */
@Component
class CustomerEmailIndexMigration extends ScriptMigration {

	CustomerEmailIndexMigration() {
		super("17", "customer email index", null);
	}

	@Override
	List<String> scripts(String database) {
		return "postgres".equals(database) ? List.of("db/vendor/postgres/V17__customer_email_index.sql") : List.of();
	}

}
