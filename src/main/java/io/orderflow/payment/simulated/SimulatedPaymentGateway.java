package io.orderflow.payment.simulated;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.orderflow.payment.PaymentGateway;
import io.orderflow.payment.PaymentGatewayException;
import io.orderflow.payment.simulated.SimulatedProviderLedger.Authorization;
import io.orderflow.payment.simulated.SimulatedProviderLedger.Entry;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * A stand-in payment provider that behaves like a real one: test tokens decide the
 * answer, and its ledger honours idempotency keys. It commits in its own transaction, on
 * connections of its own ({@link SimulatedProviderDatabase}), as a remote provider would,
 * so a crash after the call but before Orderflow commits still leaves the provider's
 * record. Chosen by {@code orderflow.payment.provider=simulated}.
 */
@Component
@ConditionalOnProperty(name = "orderflow.payment.provider", havingValue = "simulated")
class SimulatedPaymentGateway implements PaymentGateway {

	/**
	 * Test tokens and the decline code they produce; {@code tok_visa}, {@code tok_slow}
	 * (answered late, see {@link SimulatedProviderHolds}) and wallet tokens approve.
	 */
	private static final Map<String, String> DECLINES = Map.of("tok_chargeDeclined", "card_declined",
			"tok_insufficientFunds", "insufficient_funds");

	/**
	 * Fails like a provider outage: the first {@value #TRANSIENT_FAILURES} attempts of a
	 * request fail, so the job's retries run out and an incident shows; the next attempt
	 * (the incident retried in Cockpit) succeeds.
	 */
	private static final String PROCESSING_ERROR = "tok_processingError";

	private static final int TRANSIENT_FAILURES = 3;

	private final SimulatedProviderDatabase database;

	private final SimulatedProviderLedger ledger;

	private final Clock clock;

	private final Duration authorizationLifetime;

	private final SimulatedProviderHolds holds;

	SimulatedPaymentGateway(SimulatedProviderDatabase database, SimulatedProviderLedger ledger, Clock clock,
			@Value("${orderflow.payment.authorization-expiry}") Duration authorizationLifetime,
			SimulatedProviderHolds holds) {
		this.holds = holds;
		this.database = database;
		this.ledger = ledger;
		this.clock = clock;
		this.authorizationLifetime = authorizationLifetime;
	}

	@Override
	public GatewayResponse authorize(String idempotencyKey, String token, BigDecimal amount, String currency) {
		// The failed attempt is committed before the outage is reported, so the count
		// grows.
		GatewayResponse answer = database.inTransaction(() -> {
			Optional<GatewayResponse> earlier = answered(idempotencyKey, "AUTHORIZE", amount);
			if (earlier.isPresent()) {
				return earlier;
			}
			if (PROCESSING_ERROR.equals(token) && ledger.failedAttempts(idempotencyKey) < TRANSIENT_FAILURES) {
				ledger.recordFailedAttempt(idempotencyKey);
				return Optional.<GatewayResponse>empty();
			}
			String declineCode = token == null || !token.startsWith("tok_") ? "invalid_token" : DECLINES.get(token);
			return Optional
				.of(record(idempotencyKey, "AUTHORIZE", "auth_" + shortId(), amount, currency, declineCode, null));
		})
			.orElseThrow(() -> new PaymentGatewayException(
					"Simulated provider failed to process the authorization (HTTP 502)"));
		holds.beforeAnswering(idempotencyKey, token);
		return answer;
	}

	@Override
	public GatewayResponse capture(String idempotencyKey, String authorizationReference, BigDecimal amount,
			String currency) {
		return database.inTransaction(() -> {
			Optional<GatewayResponse> earlier = answered(idempotencyKey, "CAPTURE", amount);
			if (earlier.isPresent()) {
				return earlier.get();
			}
			BigDecimal capturedBefore = ledger.capturedAgainst(authorizationReference);
			return record(idempotencyKey, "CAPTURE", "ch_" + shortId(), amount, currency,
					refusal(authorizationReference, capturedBefore.add(amount)), authorizationReference);
		});
	}

	@Override
	public GatewayResponse voidAuthorization(String idempotencyKey, String authorizationReference, BigDecimal amount,
			String currency) {
		GatewayResponse answer = database.inTransaction(() -> {
			Optional<GatewayResponse> earlier = answered(idempotencyKey, "VOID", amount);
			if (earlier.isPresent()) {
				return earlier.get();
			}
			return record(idempotencyKey, "VOID", "void_" + shortId(), amount, currency,
					refusal(authorizationReference, amount), authorizationReference);
		});
		holds.beforeAnsweringVoid(idempotencyKey);
		return answer;
	}

	@Override
	public GatewayResponse refund(String idempotencyKey, String paymentReference, BigDecimal amount, String currency) {
		return database.inTransaction(() -> {
			Optional<GatewayResponse> earlier = answered(idempotencyKey, "REFUND", amount);
			if (earlier.isPresent()) {
				return earlier.get();
			}
			return record(idempotencyKey, "REFUND", "re_" + shortId(), amount, currency,
					amount.signum() > 0 ? null : "invalid_amount", paymentReference);
		});
	}

	/**
	 * Why taking {@code amount} in all against this authorization is refused, or null
	 * when it is not.
	 */
	private String refusal(String authorizationReference, BigDecimal amount) {
		Optional<Authorization> authorization = ledger.approvedAuthorization(authorizationReference);
		if (authorization.isEmpty()) {
			return "authorization_not_found";
		}
		if (authorization.get().grantedAt().plus(authorizationLifetime).isBefore(OffsetDateTime.now(clock))) {
			return "authorization_expired";
		}
		return authorization.get().amount().compareTo(amount) < 0 ? "amount_exceeds_authorization" : null;
	}

	private Optional<GatewayResponse> answered(String idempotencyKey, String operation, BigDecimal amount) {
		return ledger.entry(idempotencyKey).map(entry -> {
			if (!operation.equals(entry.operation()) || entry.amount().compareTo(amount) != 0) {
				throw new IllegalArgumentException(
						"Idempotency key " + idempotencyKey + " was used for another request");
			}
			return new GatewayResponse(entry.approved(), entry.reference(), entry.declineCode());
		});
	}

	private GatewayResponse record(String idempotencyKey, String operation, String reference, BigDecimal amount,
			String currency, String declineCode, String authorizationReference) {
		ledger.record(idempotencyKey, new Entry(operation, amount, declineCode == null, reference, declineCode),
				currency, authorizationReference);
		return new GatewayResponse(declineCode == null, reference, declineCode);
	}

	private static String shortId() {
		return UUID.randomUUID().toString().replace("-", "").substring(0, 16);
	}

}
