package io.orderflow.payment;

import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.Optional;
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
 * the pool has connections would each wait for a second one until the pool's timeout. The
 * void's claim ({@link #claimVoid}) is committed here too, before the provider is asked.
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

	/**
	 * Claims the void of the order's payment: a short transaction, committed before the
	 * provider is asked, so no lock is held while it answers. A claim younger than
	 * {@code takeOverBefore} (another node is voiding) is left alone; without one, as for
	 * the cancellation's own step, any claim is taken over (the void's idempotency key
	 * makes the repeat harmless).
	 */
	VoidClaim claimVoid(String orderNumber, OffsetDateTime at, OffsetDateTime takeOverBefore) {
		return transaction.execute(status -> {
			Optional<VoidClaim> found = jdbc
				.sql("select status, authorization_key, authorization_reference, void_claimed_at from payment"
						+ " where order_number = ? for update")
				.param(orderNumber)
				.query((rs, row) -> {
					PaymentStatus current = PaymentStatus.valueOf(rs.getString(1));
					OffsetDateTime claimedAt = rs.getObject(4, OffsetDateTime.class);
					return new VoidClaim(outcome(current, claimedAt, takeOverBefore), current, rs.getString(2),
							rs.getString(3));
				})
				.optional();
			if (found.isEmpty()) {
				return new VoidClaim(VoidClaim.Outcome.NO_PAYMENT, null, null, null);
			}
			if (found.get().outcome() == VoidClaim.Outcome.CLAIMED) {
				jdbc.sql("update payment set void_claimed_at = ? where order_number = ?")
					.params(at, orderNumber)
					.update();
			}
			return found.get();
		});
	}

	private static VoidClaim.Outcome outcome(PaymentStatus current, OffsetDateTime claimedAt,
			OffsetDateTime takeOverBefore) {
		return switch (current) {
			case PENDING, FAILED -> VoidClaim.Outcome.NOTHING_HELD;
			case AUTHORIZING, AUTHORIZED ->
				(takeOverBefore != null && claimedAt != null && claimedAt.isAfter(takeOverBefore))
						? VoidClaim.Outcome.CLAIMED_ELSEWHERE : VoidClaim.Outcome.CLAIMED;
			default -> VoidClaim.Outcome.SETTLED;
		};
	}

	@Override
	public void close() {
		connections.close();
	}

	/**
	 * What claiming a void found: the status, the attempt's key and the provider's
	 * reference as they were when it was claimed.
	 */
	record VoidClaim(Outcome outcome, PaymentStatus status, String authorizationKey, String reference) {

		enum Outcome {

			/** The order ended before its payment was opened. */
			NO_PAYMENT,
			/** Nothing was held (PENDING, FAILED): not taken, no provider call. */
			NOTHING_HELD,
			/** Claimed by this caller: the provider may be asked. */
			CLAIMED,
			/** Another node claimed it within the lease. */
			CLAIMED_ELSEWHERE,
			/** Voided, not taken, captured: nothing to do. */
			SETTLED

		}

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
