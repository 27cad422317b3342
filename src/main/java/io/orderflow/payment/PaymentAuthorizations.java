package io.orderflow.payment;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.Optional;

import io.orderflow.order.Order;
import io.orderflow.order.OrderMilestones;
import io.orderflow.order.Orders;
import io.orderflow.order.PaymentMethod;
import io.orderflow.order.Timeline;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opens the order's payment and holds the customer's money with the provider until the
 * goods ship: authorizes the grand total, renews an authorization that is about to lapse,
 * and voids it for an order that will not ship. Idempotency keys are derived from the
 * order and the operation, so a retried step gets the provider's first answer.
 */
@Service
public class PaymentAuthorizations {

	private final PaymentGateway gateway;

	private final PaymentRepository payments;

	private final Orders orders;

	private final Timeline timeline;

	private final OrderMilestones milestones;

	private final Clock clock;

	private final Duration authorizationExpiry;

	PaymentAuthorizations(PaymentGateway gateway, PaymentRepository payments, Orders orders, Timeline timeline,
			OrderMilestones milestones, Clock clock,
			@Value("${orderflow.payment.authorization-expiry}") Duration authorizationExpiry) {
		this.gateway = gateway;
		this.payments = payments;
		this.orders = orders;
		this.timeline = timeline;
		this.milestones = milestones;
		this.clock = clock;
		this.authorizationExpiry = authorizationExpiry;
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
	 */
	@Transactional
	public boolean authorize(String orderNumber) {
		Order order = orders.get(orderNumber);
		if (payments.status(orderNumber).orElseThrow() == PaymentStatus.AUTHORIZED) {
			return true;
		}
		PaymentGateway.GatewayResponse response = gateway.authorize(
				orderNumber + ":authorize:" + fingerprint(order.paymentToken()), order.paymentToken(),
				order.totals().grandTotal(), order.currency());
		if (!response.approved()) {
			payments.markDeclined(orderNumber, response.declineCode(), now());
			timeline.record(orderNumber, PaymentTimelineKind.PAYMENT_DECLINED,
					"Payment declined (" + response.declineCode() + ")");
			return false;
		}
		payments.updateStatus(orderNumber, PaymentStatus.AUTHORIZED, response.reference(), now());
		payments.markAuthorizedAt(orderNumber, now());
		milestones.paymentAuthorized(orderNumber);
		return true;
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

	/** Releases the hold on the customer's funds for an order that will not ship. */
	@Transactional
	public void voidAuthorization(String orderNumber) {
		if (payments.status(orderNumber).orElse(null) != PaymentStatus.AUTHORIZED) {
			return;
		}
		Order order = orders.get(orderNumber);
		String authorization = payments.authorizationReference(orderNumber);
		PaymentGateway.GatewayResponse response = gateway.voidAuthorization(orderNumber + ":void", authorization,
				order.totals().grandTotal(), order.currency());
		if (!response.approved()) {
			throw new IllegalStateException("Void for " + orderNumber + " refused: " + response.declineCode());
		}
		payments.updateStatus(orderNumber, PaymentStatus.VOIDED, authorization, now());
		timeline.record(orderNumber, PaymentTimelineKind.PAYMENT_VOIDED,
				"Payment authorization voided; the customer is not charged");
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
