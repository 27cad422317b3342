package io.orderflow.payment;

import java.time.Clock;
import java.time.OffsetDateTime;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The safety net under the cancellation's void: every
 * {@code orderflow.payment.reconciliation.interval} it takes cancelled and rejected
 * orders whose payment is still authorized, still being authorized, or never settled,
 * unchanged for the grace period, and voids the authorization (asking the provider again
 * under the attempt's key if its answer was never recorded) or records that nothing was
 * taken. A voided orphan is shown in the order's {@code attention} and counted in
 * {@code orderflow.payment.orphaned-authorizations}.
 * <p>
 * Cluster-safe: each void is claimed in a committed transaction before the provider is
 * asked, so nodes running at once take different payments; a claim older than
 * {@code orderflow.payment.reconciliation.void-lease} (its node died) is taken over, and
 * the void's idempotency key ({@code <order>:void}) makes the provider answer a repeat
 * with its first answer. Runs on a scheduler of its own
 * ({@link ReconciliationScheduling}) so a provider that hangs delays only this.
 */
@Component
class AuthorizationReconciliation {

	static final String WHERE = "authorizationReconciliation";

	private static final Logger log = LoggerFactory.getLogger(AuthorizationReconciliation.class);

	private final PaymentRepository payments;

	private final PaymentAuthorizations authorizations;

	private final ReconciliationProperties properties;

	private final Clock clock;

	private final Counter orphaned;

	AuthorizationReconciliation(PaymentRepository payments, PaymentAuthorizations authorizations,
			ReconciliationProperties properties, Clock clock, MeterRegistry meters) {
		this.payments = payments;
		this.authorizations = authorizations;
		this.properties = properties;
		this.clock = clock;
		this.orphaned = Counter.builder("orderflow.payment.orphaned-authorizations")
			.description("Authorizations of ended orders the reconciliation found still held and voided")
			.register(meters);
	}

	@Scheduled(initialDelayString = "${orderflow.payment.reconciliation.interval}",
			fixedDelayString = "${orderflow.payment.reconciliation.interval}",
			scheduler = ReconciliationScheduling.SCHEDULER)
	void run() {
		reconcile();
	}

	/** Returns how many held authorizations this run voided. */
	int reconcile() {
		OffsetDateTime now = OffsetDateTime.now(clock);
		OffsetDateTime before = now.minus(properties.grace());
		int voided = 0;
		for (String orderNumber : payments.unsettledOfEndedOrders(before, properties.batchSize())) {
			try {
				PaymentAuthorizations.Release release = authorizations.release(orderNumber,
						now.minus(properties.voidLease()));
				if (release == PaymentAuthorizations.Release.VOIDED) {
					orphaned.increment();
					voided++;
					log.warn("Order {} had ended with its payment authorization still held; voided it", orderNumber);
				}
			}
			catch (RuntimeException e) {
				log.warn("Could not settle the payment of ended order {}; next run tries again", orderNumber, e);
			}
		}
		return voided;
	}

}
