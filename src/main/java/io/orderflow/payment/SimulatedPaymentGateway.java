package io.orderflow.payment;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.transaction.annotation.Transactional;

/**
 * A stand-in payment provider that behaves like a real one: test tokens decide the answer, and its ledger honours
 * idempotency keys. It commits in its own transaction, as a remote provider would, so a crash after the call but
 * before Orderflow commits still leaves the provider's record.
 */
@Component
class SimulatedPaymentGateway implements PaymentGateway {

	/** Test tokens and the decline code they produce; {@code tok_visa} and wallet tokens approve. */
	private static final Map<String, String> DECLINES = Map.of(
			"tok_chargeDeclined", "card_declined",
			"tok_insufficientFunds", "insufficient_funds");

	/**
	 * Fails like a provider outage: the first {@value #TRANSIENT_FAILURES} attempts of a request fail, so the job's
	 * retries run out and an incident shows; the next attempt (the incident retried in Cockpit) succeeds.
	 */
	private static final String PROCESSING_ERROR = "tok_processingError";

	private static final int TRANSIENT_FAILURES = 3;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final TransactionTemplate failures;

	private final Duration authorizationLifetime;

	SimulatedPaymentGateway(JdbcClient jdbc, Clock clock, PlatformTransactionManager transactions,
			@Value("${orderflow.payment.authorization-expiry}") Duration authorizationLifetime) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.authorizationLifetime = authorizationLifetime;
		this.failures = new TransactionTemplate(transactions);
		this.failures.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	@Override
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public GatewayResponse authorize(String idempotencyKey, String token, BigDecimal amount, String currency) {
		Optional<GatewayResponse> earlier = answered(idempotencyKey, "AUTHORIZE", amount);
		if (earlier.isPresent()) {
			return earlier.get();
		}
		if (PROCESSING_ERROR.equals(token) && failedAttempts(idempotencyKey) < TRANSIENT_FAILURES) {
			recordFailedAttempt(idempotencyKey);
			throw new PaymentGatewayException("Simulated provider failed to process the authorization (HTTP 502)");
		}
		String declineCode = token == null || !token.startsWith("tok_") ? "invalid_token" : DECLINES.get(token);
		return record(idempotencyKey, "AUTHORIZE", "auth_" + shortId(), amount, currency, declineCode, null);
	}

	@Override
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public GatewayResponse capture(String idempotencyKey, String authorizationReference, BigDecimal amount,
			String currency) {
		Optional<GatewayResponse> earlier = answered(idempotencyKey, "CAPTURE", amount);
		if (earlier.isPresent()) {
			return earlier.get();
		}
		BigDecimal capturedBefore = jdbc.sql("select coalesce(sum(amount), 0) from payment_gateway_ledger"
				+ " where authorization_reference = ? and operation = 'CAPTURE' and approved")
			.param(authorizationReference)
			.query(BigDecimal.class)
			.single();
		return record(idempotencyKey, "CAPTURE", "ch_" + shortId(), amount, currency,
				refusal(authorizationReference, capturedBefore.add(amount)), authorizationReference);
	}

	@Override
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public GatewayResponse voidAuthorization(String idempotencyKey, String authorizationReference, BigDecimal amount,
			String currency) {
		Optional<GatewayResponse> earlier = answered(idempotencyKey, "VOID", amount);
		if (earlier.isPresent()) {
			return earlier.get();
		}
		return record(idempotencyKey, "VOID", "void_" + shortId(), amount, currency,
				refusal(authorizationReference, amount), authorizationReference);
	}

	@Override
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public GatewayResponse refund(String idempotencyKey, String paymentReference, BigDecimal amount, String currency) {
		Optional<GatewayResponse> earlier = answered(idempotencyKey, "REFUND", amount);
		if (earlier.isPresent()) {
			return earlier.get();
		}
		return record(idempotencyKey, "REFUND", "re_" + shortId(), amount, currency,
				amount.signum() > 0 ? null : "invalid_amount", paymentReference);
	}

	/** Why taking {@code amount} in all against this authorization is refused, or null when it is not. */
	private String refusal(String authorizationReference, BigDecimal amount) {
		Optional<Authorization> authorization = jdbc.sql("select amount, recorded_at from payment_gateway_ledger"
				+ " where reference = ? and operation = 'AUTHORIZE' and approved")
			.param(authorizationReference)
			.query((rs, row) -> new Authorization(rs.getBigDecimal("amount"),
					rs.getObject("recorded_at", OffsetDateTime.class)))
			.optional();
		if (authorization.isEmpty()) {
			return "authorization_not_found";
		}
		if (authorization.get().grantedAt().plus(authorizationLifetime).isBefore(OffsetDateTime.now(clock))) {
			return "authorization_expired";
		}
		return authorization.get().amount().compareTo(amount) < 0 ? "amount_exceeds_authorization" : null;
	}

	private record Authorization(BigDecimal amount, OffsetDateTime grantedAt) {
	}

	private int failedAttempts(String idempotencyKey) {
		return jdbc.sql("select count(*) from payment_gateway_failure where idempotency_key = ?")
			.param(idempotencyKey)
			.query(Integer.class)
			.single();
	}

	/** Kept in a transaction of its own: the failure rolls back everything else. */
	private void recordFailedAttempt(String idempotencyKey) {
		failures.executeWithoutResult(tx -> jdbc.sql("insert into payment_gateway_failure (idempotency_key, failed_at)"
				+ " values (?, ?)")
			.params(idempotencyKey, OffsetDateTime.now(clock))
			.update());
	}

	private Optional<GatewayResponse> answered(String idempotencyKey, String operation, BigDecimal amount) {
		return jdbc.sql("select operation, amount, approved, reference, decline_code from payment_gateway_ledger"
				+ " where idempotency_key = ?")
			.param(idempotencyKey)
			.query((rs, row) -> {
				if (!operation.equals(rs.getString("operation")) || rs.getBigDecimal("amount").compareTo(amount) != 0) {
					throw new IllegalArgumentException("Idempotency key " + idempotencyKey + " was used for another request");
				}
				return new GatewayResponse(rs.getBoolean("approved"), rs.getString("reference"),
						rs.getString("decline_code"));
			})
			.optional();
	}

	private GatewayResponse record(String idempotencyKey, String operation, String reference, BigDecimal amount,
			String currency, String declineCode, String authorizationReference) {
		jdbc.sql("insert into payment_gateway_ledger (idempotency_key, operation, reference, amount, currency, approved,"
				+ " decline_code, authorization_reference, recorded_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(idempotencyKey, operation, reference, amount, currency, declineCode == null, declineCode,
					authorizationReference, OffsetDateTime.now(clock))
			.update();
		return new GatewayResponse(declineCode == null, reference, declineCode);
	}

	private static String shortId() {
		return UUID.randomUUID().toString().replace("-", "").substring(0, 16);
	}

}
