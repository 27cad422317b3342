package io.orderflow.payment.simulated;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The simulated payment provider's own books: one entry per idempotency key, and the
 * failed attempts of requests that simulate an outage. Its tables are not Orderflow's;
 * they come from the simulator's migrations, and it reaches them over the simulator's own
 * connections, in the transaction {@link SimulatedPaymentGateway} opens there.
 */
@Repository
@ConditionalOnProperty(name = "orderflow.payment.provider", havingValue = "simulated")
class SimulatedProviderLedger {

	private final JdbcClient jdbc;

	private final Clock clock;

	SimulatedProviderLedger(SimulatedProviderDatabase database, Clock clock) {
		this.jdbc = JdbcClient.create(database.connections());
		this.clock = clock;
	}

	Optional<Entry> entry(String idempotencyKey) {
		return jdbc
			.sql("select operation, amount, approved, reference, decline_code from payment_gateway_ledger"
					+ " where idempotency_key = ?")
			.param(idempotencyKey)
			.query((rs, row) -> new Entry(rs.getString("operation"), rs.getBigDecimal("amount"),
					rs.getBoolean("approved"), rs.getString("reference"), rs.getString("decline_code")))
			.optional();
	}

	Optional<Authorization> approvedAuthorization(String reference) {
		return jdbc
			.sql("select amount, recorded_at from payment_gateway_ledger"
					+ " where reference = ? and operation = ? and approved")
			.params(reference, "AUTHORIZE")
			.query((rs, row) -> new Authorization(rs.getBigDecimal("amount"),
					rs.getObject("recorded_at", OffsetDateTime.class)))
			.optional();
	}

	BigDecimal capturedAgainst(String authorizationReference) {
		return jdbc
			.sql("select coalesce(sum(amount), 0) from payment_gateway_ledger"
					+ " where authorization_reference = ? and operation = ? and approved")
			.params(authorizationReference, "CAPTURE")
			.query(BigDecimal.class)
			.single();
	}

	void record(String idempotencyKey, Entry entry, String currency, String authorizationReference) {
		jdbc.sql(
				"insert into payment_gateway_ledger (idempotency_key, operation, reference, amount, currency, approved,"
						+ " decline_code, authorization_reference, recorded_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(idempotencyKey, entry.operation(), entry.reference(), entry.amount(), currency, entry.approved(),
					entry.declineCode(), authorizationReference, OffsetDateTime.now(clock))
			.update();
	}

	int failedAttempts(String idempotencyKey) {
		return jdbc.sql("select count(*) from payment_gateway_failure where idempotency_key = ?")
			.param(idempotencyKey)
			.query(Integer.class)
			.single();
	}

	void recordFailedAttempt(String idempotencyKey) {
		jdbc.sql("insert into payment_gateway_failure (idempotency_key, failed_at) values (?, ?)")
			.params(idempotencyKey, OffsetDateTime.now(clock))
			.update();
	}

	record Entry(String operation, BigDecimal amount, boolean approved, String reference, String declineCode) {
	}

	record Authorization(BigDecimal amount, OffsetDateTime grantedAt) {
	}

}
