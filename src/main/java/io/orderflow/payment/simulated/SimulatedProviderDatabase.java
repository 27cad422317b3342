package io.orderflow.payment.simulated;

import java.util.function.Supplier;
import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.jdbc.DataSourceProperties;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The simulated provider's connections: a small pool of its own on Orderflow's database
 * ({@code spring.datasource.*}), sized by {@code orderflow.payment.simulator.pool-size}.
 * A real provider is a remote call that takes none of Orderflow's connections; were the
 * simulator's transactions to borrow from Orderflow's pool while the calling job or
 * request holds one, as many callers as the pool has connections would each wait for a
 * second one until the pool's timeout.
 *
 * <p>
 * Deliberately not a {@code DataSource} or transaction manager bean: Spring Boot would
 * then stop configuring Orderflow's own, and {@code @Transactional} would not know which
 * to use.
 */
@Component
@ConditionalOnProperty(name = "orderflow.payment.provider", havingValue = "simulated")
class SimulatedProviderDatabase implements AutoCloseable {

	private final HikariDataSource connections;

	private final TransactionTemplate transaction;

	SimulatedProviderDatabase(DataSourceProperties orderflowDatabase, SimulatedProviderProperties properties) {
		this.connections = orderflowDatabase.initializeDataSourceBuilder().type(HikariDataSource.class).build();
		this.connections.setPoolName("SimulatedPaymentProvider");
		this.connections.setMaximumPoolSize(properties.poolSize());
		this.connections.setMinimumIdle(0);
		this.transaction = new TransactionTemplate(new DataSourceTransactionManager(connections));
	}

	/** For the simulator's repository: its SQL runs on these connections only. */
	DataSource connections() {
		return connections;
	}

	/**
	 * Runs the step in a transaction of the simulator's own, committed when it returns,
	 * whatever becomes of the caller's transaction.
	 */
	<T> T inTransaction(Supplier<T> step) {
		return transaction.execute(status -> step.get());
	}

	@Override
	public void close() {
		connections.close();
	}

}
