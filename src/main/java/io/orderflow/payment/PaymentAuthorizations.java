package io.orderflow.payment;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

import io.orderflow.order.Order;
import io.orderflow.order.OrderMilestones;
import io.orderflow.order.Orders;
import io.orderflow.order.PaymentMethod;
import io.orderflow.order.Timeline;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Opens the order's payment and holds the customer's money with the provider until the
 * goods ship: authorizes the grand total, renews an authorization that is about to lapse,
 * and voids it for an order that will not ship. Idempotency keys are derived from the
 * order and the operation, so a retried step gets the provider's first answer, and a void
 * can read the answer to an attempt whose outcome Orderflow never recorded.
 */
@Service
public class PaymentAuthorizations implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(PaymentAuthorizations.class);

	/** Where a payment has nothing left to release. */
	private static final Set<PaymentStatus> SETTLED = EnumSet.of(PaymentStatus.VOIDED, PaymentStatus.NOT_TAKEN,
			PaymentStatus.CAPTURED, PaymentStatus.PARTIALLY_REFUNDED, PaymentStatus.REFUNDED);

	private final PaymentGateway gateway;

	private final PaymentRepository payments;

	private final Orders orders;

	private final Timeline timeline;

	private final OrderMilestones milestones;

	private final Clock clock;

	private final Duration authorizationExpiry;

	private final AuthorizationAttempts attempts;

	/**
	 * Records a void's outcome: in the caller's transaction if there is one, in its own
	 * otherwise.
	 */
	private final TransactionTemplate ownTransaction;

	/**
	 * Voids after failed steps, one at a time: off the step's thread, which still holds
	 * its connection while its transaction completes.
	 */
	private final ExecutorService afterFailedSteps = Executors.newSingleThreadExecutor(runnable -> {
		Thread thread = new Thread(runnable, "payment-void-after-failed-step");
		thread.setDaemon(true);
		return thread;
	});

	PaymentAuthorizations(PaymentGateway gateway, PaymentRepository payments, Orders orders, Timeline timeline,
			OrderMilestones milestones, Clock clock,
			@Value("${orderflow.payment.authorization-expiry}") Duration authorizationExpiry,
			PlatformTransactionManager transactions, AuthorizationAttempts attempts) {
		this.gateway = gateway;
		this.payments = payments;
		this.orders = orders;
		this.timeline = timeline;
		this.milestones = milestones;
		this.clock = clock;
		this.authorizationExpiry = authorizationExpiry;
		this.attempts = attempts;
		this.ownTransaction = new TransactionTemplate(transactions);
	}

	/**
	 * Opens (or, after a change of method, reopens) the order's payment for its current
	 * grand total and method, and returns the method the diagram branches on.
	 */
	@Transactional
	public PaymentMethod prepare(String orderNumber) {
		Order order = orders.get(orderNumber);
		if (payments.status(orderNumber).isEmpty()) {
			payments.open(orderNumber, order.paymentMethod(), order.totals().grandTotal(), order.currency(), now());
		}
		else {
			payments.reopen(orderNumber, order.paymentMethod(), order.totals().grandTotal(), now());
		}
		return order.paymentMethod();
	}

	/**
	 * Returns whether the provider approved; a decline leaves the payment FAILED. The
	 * idempotency key names the token, so a retried step repeats nothing while new
	 * payment details are a new request.
	 * <p>
	 * The attempt (AUTHORIZING with its key) and the provider's answer are each committed
	 * on their own, whatever becomes of this step: a cancellation that comes meanwhile
	 * finds the key and voids what the provider approved. An order that ended before the
	 * attempt is not authorized at all; one that ends while the provider answers cannot
	 * be confirmed, so the step fails and what was approved is voided once its
	 * transaction has rolled back.
	 */
	public boolean authorize(String orderNumber) {
		Order order = orders.get(orderNumber);
		String key = orderNumber + ":authorize:" + fingerprint(order.paymentToken());
		AuthorizationAttempts.Attempt attempt = attempts.begin(orderNumber, key, () -> hasEnded(orderNumber), now());
		if (attempt == AuthorizationAttempts.Attempt.ALREADY_AUTHORIZED) {
			voidIfThisStepFails(orderNumber);
			milestones.paymentAuthorized(orderNumber);
			return true;
		}
		if (attempt == AuthorizationAttempts.Attempt.SETTLED) {
			throw new AuthorizationNotMadeException(
					"Order " + orderNumber + " has ended; its payment is not authorized");
		}
		PaymentGateway.GatewayResponse response = gateway.authorize(key, order.paymentToken(),
				order.totals().grandTotal(), order.currency());
		if (!attempts.recordAnswer(orderNumber, key, response.approved(), response.reference(), response.declineCode(),
				now())) {
			throw new AuthorizationNotMadeException("The payment of order " + orderNumber
					+ " was settled while the provider answered (the order was cancelled)");
		}
		if (!response.approved()) {
			timeline.record(orderNumber, PaymentTimelineKind.PAYMENT_DECLINED,
					"Payment declined (" + response.declineCode() + ")");
			return false;
		}
		voidIfThisStepFails(orderNumber);
		if (hasEnded(orderNumber)) {
			throw new AuthorizationNotMadeException(
					"Order " + orderNumber + " ended while the provider authorized its payment; it is voided");
		}
		milestones.paymentAuthorized(orderNumber);
		return true;
	}

	private boolean hasEnded(String orderNumber) {
		return orders.currentStatus(orderNumber).isFinal();
	}

	/**
	 * An approval this step cannot confirm (the order was cancelled meanwhile, the
	 * connection or the node was lost) must not stay held: once the step's transaction
	 * has rolled back and given back its connection and locks, an order that has ended is
	 * voided, on a thread of its own. Should this node die first, the cancellation's own
	 * void or the reconciliation does it.
	 */
	private void voidIfThisStepFails(String orderNumber) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			return;
		}
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {

			@Override
			public void afterCompletion(int status) {
				if (status != STATUS_COMMITTED) {
					afterFailedSteps.execute(() -> voidIfEnded(orderNumber));
				}
			}

		});
	}

	private void voidIfEnded(String orderNumber) {
		try {
			if (hasEnded(orderNumber)) {
				release(orderNumber, null);
			}
		}
		catch (RuntimeException e) {
			log.warn("Could not void the authorization of {} after its step failed; the cancellation's"
					+ " void or the reconciliation will", orderNumber, e);
		}
	}

	@Override
	public void destroy() {
		afterFailedSteps.shutdown();
	}

	/**
	 * An authorization lapses at the provider after a while (a backorder can wait weeks);
	 * before capturing on an old one, authorize what is still to be captured again. A
	 * refusal needs a person, not a retry loop.
	 */
	void renewIfExpired(Order order) {
		Optional<OffsetDateTime> authorizedAt = payments.authorizedAt(order.orderNumber());
		if (authorizedAt.isEmpty() || authorizedAt.get().plus(authorizationExpiry).isAfter(now())) {
			return;
		}
		BigDecimal open = order.totals().grandTotal().subtract(payments.capturedAmount(order.orderNumber()));
		PaymentGateway.GatewayResponse renewed = gateway.authorize(
				order.orderNumber() + ":reauthorize:" + authorizedAt.get().toEpochSecond(), order.paymentToken(), open,
				order.currency());
		if (!renewed.approved()) {
			throw new IllegalStateException("Renewing the expired authorization of " + order.orderNumber()
					+ " was declined: " + renewed.declineCode());
		}
		payments.updateStatus(order.orderNumber(), PaymentStatus.AUTHORIZED, renewed.reference(), now());
		payments.markAuthorizedAt(order.orderNumber(), now());
		timeline.record(order.orderNumber(), PaymentTimelineKind.PAYMENT_REAUTHORIZED, "Authorization older than "
				+ authorizationExpiry.toDays() + " days renewed for " + open + " " + order.currency());
	}

	/** The provider's code for the order's latest declined authorization, if one was. */
	@Transactional(readOnly = true)
	public Optional<String> declineCode(String orderNumber) {
		return payments.declineCode(orderNumber);
	}

	/**
	 * Releases the hold on the customer's funds for an order that will not ship: voids
	 * what the provider approved (asking it again under the attempt's key if its answer
	 * was never recorded) or, when no money was ever held, records that none was taken.
	 * No lock is held while the provider answers; in the void step the call runs in the
	 * step's job transaction, which holds no row lock at that point.
	 */
	public void voidAuthorization(String orderNumber) {
		release(orderNumber, null);
	}

	/**
	 * Claims the void (committed on {@link AuthorizationAttempts}' pool), asks the
	 * provider outside any lock, then records the outcome in a transaction of its own (or
	 * the caller's, as the void step's): the payment row is locked only for those short
	 * database moments. Two voids of one payment at once ask the provider the same thing
	 * under the same keys; the one that records first writes the timeline, the other
	 * finds the payment settled.
	 * <p>
	 * {@code takeOverBefore}: for the reconciliation, a claim younger than this is left
	 * to the node that made it; null for the cancellation's own void, which never waits
	 * for another.
	 */
	Release release(String orderNumber, OffsetDateTime takeOverBefore) {
		for (int round = 0; round < 3; round++) {
			AuthorizationAttempts.VoidClaim claim = attempts.claimVoid(orderNumber, now(), takeOverBefore);
			Release release = switch (claim.outcome()) {
				case NO_PAYMENT -> recorded(() -> {
					timeline.record(orderNumber, PaymentTimelineKind.PAYMENT_NOT_TAKEN,
							"No payment was taken; the order ended before its payment was opened");
					return Release.NOT_TAKEN;
				});
				case NOTHING_HELD ->
					recorded(() -> notTaken(orderNumber, List.of(PaymentStatus.PENDING, PaymentStatus.FAILED)));
				case CLAIMED -> voidClaimed(orderNumber, claim, takeOverBefore != null);
				case CLAIMED_ELSEWHERE, SETTLED -> Release.NOTHING;
			};
			if (release != null) {
				return release;
			}
			// the payment moved between the claim and the record (an authorization's
			// answer came): look again
		}
		throw new IllegalStateException("The payment of " + orderNumber + " kept changing while it was voided");
	}

	/** Null when the payment moved meanwhile and the claim must be looked at again. */
	private Release voidClaimed(String orderNumber, AuthorizationAttempts.VoidClaim claim, boolean orphan) {
		Order order = orders.get(orderNumber);
		String authorization = claim.reference();
		if (claim.status() == PaymentStatus.AUTHORIZING) {
			// The provider answers a repeated key with its first answer: this reads it
			// (or, if the attempt never reached the provider, makes the authorization
			// that is voided right away).
			PaymentGateway.GatewayResponse answer = gateway.authorize(claim.authorizationKey(), order.paymentToken(),
					order.totals().grandTotal(), order.currency());
			if (!answer.approved()) {
				return recorded(() -> notTaken(orderNumber, List.of(PaymentStatus.AUTHORIZING)));
			}
			authorization = answer.reference();
		}
		PaymentGateway.GatewayResponse response = gateway.voidAuthorization(orderNumber + ":void", authorization,
				order.totals().grandTotal(), order.currency());
		if (!response.approved()) {
			throw new IllegalStateException("Void for " + orderNumber + " refused: " + response.declineCode());
		}
		String voided = authorization;
		return recorded(() -> {
			if (!payments.settle(orderNumber, List.of(PaymentStatus.AUTHORIZING, PaymentStatus.AUTHORIZED),
					PaymentStatus.VOIDED, voided, now())) {
				return payments.status(orderNumber).filter(PaymentStatus.VOIDED::equals).isPresent() ? Release.NOTHING
						: null;
			}
			timeline.record(orderNumber, PaymentTimelineKind.PAYMENT_VOIDED,
					"Payment authorization voided; the customer is not charged");
			if (orphan) {
				payments.markOrphanVoided(orderNumber, now());
			}
			return Release.VOIDED;
		});
	}

	/** Null when the payment is no longer in one of {@code from}. */
	private Release notTaken(String orderNumber, List<PaymentStatus> from) {
		if (!payments.settle(orderNumber, from, PaymentStatus.NOT_TAKEN, null, now())) {
			return payments.status(orderNumber).filter(SETTLED::contains).isPresent() ? Release.NOTHING : null;
		}
		timeline.record(orderNumber, PaymentTimelineKind.PAYMENT_NOT_TAKEN,
				"No payment was taken; nothing was held on the customer's funds");
		return Release.NOT_TAKEN;
	}

	/**
	 * Runs in the caller's transaction if there is one (the void step's job), in one of
	 * its own otherwise.
	 */
	private Release recorded(Supplier<Release> record) {
		return ownTransaction.execute(status -> record.get());
	}

	/** What releasing an ended order's payment did. */
	enum Release {

		/** A hold at the provider was voided. */
		VOIDED,
		/** No money was ever held. */
		NOT_TAKEN,
		/** The payment was settled already (voided, captured, not taken). */
		NOTHING

	}

	private static String fingerprint(String token) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256")
				.digest(String.valueOf(token).getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest, 0, 6);
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	private OffsetDateTime now() {
		return OffsetDateTime.now(clock);
	}

}
