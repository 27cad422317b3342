package io.orderflow.payment.simulated;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.flywaydb.core.api.configuration.Configuration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Creates the simulated provider's tables, which are not part of Orderflow's schema: from
 * a location and with a schema history of their own, right after Orderflow's migrations.
 * It runs as a callback of Orderflow's Flyway, so everything that waits for that
 * migration (every JDBC user, the process engine) waits for these tables too.
 */
@Component
@ConditionalOnProperty(name = "orderflow.payment.provider", havingValue = "simulated")
class SimulatedProviderMigration implements Callback {

	static final String LOCATION = "classpath:db/simulator/payment";

	static final String HISTORY_TABLE = "flyway_simulated_payment_history";

	@Override
	public boolean supports(Event event, Context context) {
		return event == Event.AFTER_MIGRATE;
	}

	@Override
	public boolean canHandleInTransaction(Event event, Context context) {
		return false;
	}

	@Override
	public void handle(Event event, Context context) {
		Configuration orderflow = context.getConfiguration();
		Flyway.configure(orderflow.getClassLoader())
			.dataSource(orderflow.getDataSource())
			.schemas(orderflow.getSchemas())
			.defaultSchema(orderflow.getDefaultSchema())
			.locations(LOCATION)
			.table(HISTORY_TABLE)
			// The schema is never empty here (Orderflow's tables are in it); this history
			// starts before its V1.
			.baselineOnMigrate(true)
			.baselineVersion("0")
			.load()
			.migrate();
	}

	@Override
	public String getCallbackName() {
		return "simulated payment provider's tables";
	}

}
