package io.orderflow.payment;

import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.BooleanSupplier;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.boot.autoconfigure.jdbc.DataSourceProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The authorization step's bookkeeping that must be committed whatever becomes of the
 * step: the attempt (AUTHORIZING with its idempotency key) before the provider is asked,
 * and the provider's answer right after. Each is a short transaction on a small pool of
 * its own ({@code orderflow.payment.attempts.pool-size}) on Orderflow's database: taken
 * from Orderflow's pool while the step's job holds a connection of it, as many steps as
 * the pool has connections would each wait for a second one until the pool's timeout.
 * Besides {@link PaymentRepository}, the only writer of the payment's status, and only of
 * these two moves.
 */
@Repository
class AuthorizationAttempts implements AutoCloseable {

	/** Statuses from which an authorization may be (re)attempted. */
	private static final Set<PaymentStatus> AUTHORIZABLE = EnumSet.of(PaymentStatus.PENDING, PaymentStatus.FAILED,
			PaymentStatus.AUTHORIZING);

	private final HikariDataSource connections;

	private final TransactionTemplate transaction;

	private final JdbcClient jdbc;

	AuthorizationAttempts(DataSourceProperties orderflowDatabase, AttemptsProperties properties) {
		this.connections = orderflowDatabase.initializeDataSourceBuilder().type(HikariDataSource.class).build();
		this.connections.setPoolName("PaymentAttempts");
		this.connections.setMaximumPoolSize(properties.poolSize());
		this.connections.setMinimumIdle(0);
		this.transaction = new TransactionTemplate(new DataSourceTransactionManager(connections));
		this.jdbc = JdbcClient.create(connections);
	}

	/**
	 * Records the attempt unless the payment is settled, authorized already, or the order
	 * has ended ({@code orderEnded} is asked with the payment row locked).
	 */
	Attempt begin(String orderNumber, String key, BooleanSupplier orderEnded, OffsetDateTime at) {
		return transaction.execute(status -> {
			PaymentStatus current = jdbc.sql("select status from payment where order_number = ? for update")
				.param(orderNumber)
				.query(String.class)
				.optional()
				.map(PaymentStatus::valueOf)
				.orElseThrow(() -> new IllegalStateException("Order " + orderNumber + " has no payment"));
			if (current == PaymentStatus.AUTHORIZED) {
				return Attempt.ALREADY_AUTHORIZED;
			}
			if (!AUTHORIZABLE.contains(current) || orderEnded.getAsBoolean()) {
				return Attempt.SETTLED;
			}
			jdbc.sql("update payment set status = ?, authorization_key = ?, updated_at = ? where order_number = ?")
				.params(PaymentStatus.AUTHORIZING.name(), key, at, orderNumber)
				.update();
			return Attempt.STARTED;
		});
	}

	/**
	 * The provider's answer to the attempt under this key, if the attempt is still the
	 * order's open one (a cancellation may have settled it meanwhile); whether it was.
	 */
	boolean recordAnswer(String orderNumber, String key, boolean approved, String reference, String declineCode,
			OffsetDateTime at) {
		return transaction.execute(status -> jdbc.sql(
				"update payment set status = :status, authorization_reference = :reference, decline_code = :declineCode,"
						+ " authorized_at = :authorizedAt, updated_at = :at"
						+ " where order_number = :orderNumber and status = :authorizing and authorization_key = :key")
			.param("status", (approved ? PaymentStatus.AUTHORIZED : PaymentStatus.FAILED).name())
			.param("reference", approved ? reference : null)
			.param("declineCode", approved ? null : declineCode)
			.param("authorizedAt", approved ? at : null)
			.param("at", at)
			.param("orderNumber", orderNumber)
			.param("authorizing", PaymentStatus.AUTHORIZING.name())
			.param("key", key)
			.update() == 1);
	}

	@Override
	public void close() {
		connections.close();
	}

	enum Attempt {

		/** Recorded: the provider may be asked. */
		STARTED,
		/** An earlier attempt's approval is on record. */
		ALREADY_AUTHORIZED,
		/** Voided, not taken, captured, or the order has ended: nothing to authorize. */
		SETTLED

	}

}
