package io.orderflow.payment;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Optional;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import io.orderflow.order.Order;
import io.orderflow.order.PaymentMethod;
import io.orderflow.order.OrderDetailsSources.PaymentStatusSource;
import io.orderflow.order.OrderStatus;
import io.orderflow.order.Orders;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Authorizes an order's grand total and captures it at shipment through the {@link PaymentGateway}. Idempotency keys
 * are derived from the order and the operation, so a retried step gets the provider's first answer.
 */
@Service
class Payments implements PaymentStatusSource {

	private final PaymentGateway gateway;

	private final Orders orders;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final Duration authorizationExpiry;

	Payments(PaymentGateway gateway, Orders orders, JdbcClient jdbc, Clock clock,
			@Value("${orderflow.payment.authorization-expiry}") Duration authorizationExpiry) {
		this.gateway = gateway;
		this.orders = orders;
		this.jdbc = jdbc;
		this.clock = clock;
		this.authorizationExpiry = authorizationExpiry;
	}

	/**
	 * Opens (or, after a change of method, reopens) the order's payment for its current grand total and method, and
	 * returns the method the diagram branches on. Cash on delivery needs nothing more: the order is confirmed.
	 */
	@Transactional
	public PaymentMethod prepare(String orderNumber) {
		Order order = orders.get(orderNumber);
		if (statusOf(orderNumber).isEmpty()) {
			jdbc.sql("insert into payment (order_number, method, status, amount, currency, captured_amount, updated_at)"
					+ " values (?, ?, 'PENDING', ?, ?, 0, ?)")
				.params(orderNumber, order.paymentMethod().name(), order.totals().grandTotal(), order.currency(), now())
				.update();
		}
		else {
			jdbc.sql("update payment set method = ?, amount = ?, status = 'PENDING', updated_at = ?"
					+ " where order_number = ? and status in ('PENDING', 'FAILED')")
				.params(order.paymentMethod().name(), order.totals().grandTotal(), now(), orderNumber)
				.update();
		}
		if (order.paymentMethod() == PaymentMethod.CASH_ON_DELIVERY) {
			orders.changeStatus(orderNumber, OrderStatus.CONFIRMED, "Confirmed; " + order.totals().grandTotal() + " "
					+ order.currency() + " is collected in cash on delivery");
		}
		return order.paymentMethod();
	}

	/** The order waits for money: after a decline, or for a bank transfer. */
	@Transactional
	public void awaitPayment(String orderNumber, String why) {
		orders.changeStatus(orderNumber, OrderStatus.AWAITING_PAYMENT, why);
	}

	/**
	 * Returns whether the provider approved; a decline leaves the payment FAILED. The idempotency key names the
	 * token, so a retried step repeats nothing while new payment details are a new request.
	 */
	@Transactional
	public boolean authorize(String orderNumber) {
		Order order = orders.get(orderNumber);
		if (statusOf(orderNumber).orElseThrow() == PaymentStatus.AUTHORIZED) {
			return true;
		}
		PaymentGateway.GatewayResponse response = gateway.authorize(
				orderNumber + ":authorize:" + fingerprint(order.paymentToken()), order.paymentToken(),
				order.totals().grandTotal(), order.currency());
		if (!response.approved()) {
			update(orderNumber, PaymentStatus.FAILED, null);
			orders.record(orderNumber, "PAYMENT_DECLINED", "Payment declined (" + response.declineCode() + ")");
			return false;
		}
		update(orderNumber, PaymentStatus.AUTHORIZED, response.reference());
		markAuthorizedNow(orderNumber);
		orders.changeStatus(orderNumber, OrderStatus.CONFIRMED,
				"Payment of " + order.totals().grandTotal() + " " + order.currency() + " authorized");
		return true;
	}

	/**
	 * Captures what one shipment accounts for: its share of the grand total by the goods it holds. Capturing a
	 * shipment twice captures once.
	 */
	@Transactional
	public void captureShipment(String orderNumber, String shipmentKey) {
		if (!orders.get(orderNumber).paymentMethod().isAuthorized()) {
			return;
		}
		capture(orderNumber, orderNumber + ":capture:" + shipmentKey,
				orders.shipmentShareOfGrandTotal(orderNumber, shipmentKey), "for shipment " + shipmentKey);
	}

	/**
	 * Once everything has shipped, captures whatever the shipments' shares left of the grand total (rounding, or the
	 * shipping charge when lines were cancelled), so the customer pays exactly the grand total.
	 */
	@Transactional
	public void settle(String orderNumber) {
		if (!orders.get(orderNumber).paymentMethod().isAuthorized()) {
			return;
		}
		BigDecimal due = orders.get(orderNumber).totals().grandTotal().subtract(capturedAmount(orderNumber));
		if (due.signum() > 0) {
			capture(orderNumber, orderNumber + ":settle", due, "to settle the order");
		}
		jdbc.sql("update payment set status = 'CAPTURED', updated_at = ? where order_number = ?")
			.params(now(), orderNumber)
			.update();
	}

	private void capture(String orderNumber, String idempotencyKey, BigDecimal amount, String purpose) {
		if (amount.signum() <= 0 || captured(idempotencyKey)) {
			return;
		}
		Order order = orders.get(orderNumber);
		renewExpiredAuthorization(order);
		PaymentGateway.GatewayResponse response = gateway.capture(idempotencyKey, authorizationOf(orderNumber), amount,
				order.currency());
		if (!response.approved()) {
			// The authorization was ours and covered the amount; a refused capture needs a person, not a retry loop.
			throw new IllegalStateException("Capture " + idempotencyKey + " refused: " + response.declineCode());
		}
		jdbc.sql("insert into payment_capture (order_number, idempotency_key, amount, reference, captured_at)"
				+ " values (?, ?, ?, ?, ?)")
			.params(orderNumber, idempotencyKey, amount, response.reference(), now())
			.update();
		jdbc.sql("update payment set captured_amount = captured_amount + ?, updated_at = ? where order_number = ?")
			.params(amount, now(), orderNumber)
			.update();
		orders.record(orderNumber, "PAYMENT_CAPTURED", "Captured " + amount + " " + order.currency() + " " + purpose);
	}

	/**
	 * An authorization lapses at the provider after a while (a backorder can wait weeks); before capturing on an
	 * old one, authorize what is still to be captured again. A refusal needs a person, not a retry loop.
	 */
	private void renewExpiredAuthorization(Order order) {
		OffsetDateTime authorizedAt = jdbc.sql("select authorized_at from payment where order_number = ?")
			.param(order.orderNumber())
			.query(OffsetDateTime.class)
			.single();
		if (authorizedAt == null || authorizedAt.plus(authorizationExpiry).isAfter(now())) {
			return;
		}
		BigDecimal open = order.totals().grandTotal().subtract(capturedAmount(order.orderNumber()));
		PaymentGateway.GatewayResponse renewed = gateway.authorize(
				order.orderNumber() + ":reauthorize:" + authorizedAt.toEpochSecond(), order.paymentToken(), open,
				order.currency());
		if (!renewed.approved()) {
			throw new IllegalStateException("Renewing the expired authorization of " + order.orderNumber()
					+ " was declined: " + renewed.declineCode());
		}
		update(order.orderNumber(), PaymentStatus.AUTHORIZED, renewed.reference());
		markAuthorizedNow(order.orderNumber());
		orders.record(order.orderNumber(), "PAYMENT_REAUTHORIZED",
				"Authorization older than " + authorizationExpiry.toDays() + " days renewed for " + open + " "
						+ order.currency());
	}

	private void markAuthorizedNow(String orderNumber) {
		jdbc.sql("update payment set authorized_at = ? where order_number = ?").params(now(), orderNumber).update();
	}

	private boolean captured(String idempotencyKey) {
		return jdbc.sql("select count(*) from payment_capture where idempotency_key = ?")
			.param(idempotencyKey)
			.query(Integer.class)
			.single() > 0;
	}

	private BigDecimal capturedAmount(String orderNumber) {
		return jdbc.sql("select captured_amount from payment where order_number = ?")
			.param(orderNumber)
			.query(BigDecimal.class)
			.single();
	}

	/** The carrier handed over the goods and took the cash. */
	@Transactional
	public void collectCash(String orderNumber) {
		Order order = orders.get(orderNumber);
		if (order.paymentMethod() != PaymentMethod.CASH_ON_DELIVERY) {
			return;
		}
		jdbc.sql("update payment set status = 'CAPTURED', captured_amount = amount, updated_at = ? where order_number = ?")
			.params(now(), orderNumber)
			.update();
		orders.record(orderNumber, "PAYMENT_CAPTURED",
				"Collected " + order.totals().grandTotal() + " " + order.currency() + " in cash on delivery");
	}

	/**
	 * Refunds a return on the order's payment, never more than was taken and not yet given back. The return number
	 * makes the idempotency key, so a retried step refunds once. Returns what was refunded.
	 */
	@Transactional
	public BigDecimal refundReturn(String orderNumber, String returnNumber, BigDecimal due) {
		Order order = orders.get(orderNumber);
		Taken taken = jdbc.sql("select captured_amount, refunded_amount, authorization_reference from payment"
				+ " where order_number = ? for update")
			.param(orderNumber)
			.query((rs, row) -> new Taken(rs.getBigDecimal(1), rs.getBigDecimal(2), rs.getString(3)))
			.single();
		BigDecimal amount = due.min(taken.captured().subtract(taken.refunded()));
		if (amount.signum() <= 0) {
			orders.record(orderNumber, "PAYMENT_REFUNDED", "Nothing left to refund for return " + returnNumber);
			return BigDecimal.ZERO;
		}
		String reference = taken.reference() == null ? "order:" + orderNumber : taken.reference();
		PaymentGateway.GatewayResponse response = gateway.refund(returnNumber + ":refund", reference, amount,
				order.currency());
		if (!response.approved()) {
			throw new IllegalStateException("Refund for " + returnNumber + " refused: " + response.declineCode());
		}
		boolean all = taken.refunded().add(amount).compareTo(taken.captured()) == 0;
		jdbc.sql("update payment set refunded_amount = refunded_amount + ?, status = ?, updated_at = ?"
				+ " where order_number = ?")
			.params(amount, (all ? PaymentStatus.REFUNDED : PaymentStatus.PARTIALLY_REFUNDED).name(), now(), orderNumber)
			.update();
		orders.record(orderNumber, "PAYMENT_REFUNDED",
				"Refunded " + amount + " " + order.currency() + " for return " + returnNumber);
		return amount;
	}

	/** Releases the hold on the customer's funds for an order that will not ship. */
	@Transactional
	public void voidAuthorization(String orderNumber) {
		if (statusOf(orderNumber).orElse(null) != PaymentStatus.AUTHORIZED) {
			return;
		}
		Order order = orders.get(orderNumber);
		PaymentGateway.GatewayResponse response = gateway.voidAuthorization(orderNumber + ":void",
				authorizationOf(orderNumber), order.totals().grandTotal(), order.currency());
		if (!response.approved()) {
			throw new IllegalStateException("Void for " + orderNumber + " refused: " + response.declineCode());
		}
		update(orderNumber, PaymentStatus.VOIDED, authorizationOf(orderNumber));
		orders.record(orderNumber, "PAYMENT_VOIDED", "Payment authorization voided; the customer is not charged");
	}

	@Override
	public Optional<String> paymentStatus(String orderNumber) {
		return statusOf(orderNumber).map(Enum::name);
	}

	/** What the order's payment took and gave back, and the reference refunds go against. */
	private record Taken(BigDecimal captured, BigDecimal refunded, String reference) {
	}

	private Optional<PaymentStatus> statusOf(String orderNumber) {
		return jdbc.sql("select status from payment where order_number = ?")
			.param(orderNumber)
			.query(String.class)
			.optional()
			.map(PaymentStatus::valueOf);
	}

	private String authorizationOf(String orderNumber) {
		return jdbc.sql("select authorization_reference from payment where order_number = ?")
			.param(orderNumber)
			.query(String.class)
			.single();
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

	private void update(String orderNumber, PaymentStatus status, String authorizationReference) {
		jdbc.sql("update payment set status = ?, authorization_reference = ?, updated_at = ? where order_number = ?")
			.params(status.name(), authorizationReference, now(), orderNumber)
			.update();
	}

	private OffsetDateTime now() {
		return OffsetDateTime.now(clock);
	}

}
