package io.orderflow.payment;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;

import io.orderflow.order.Order;
import io.orderflow.order.OrderLines;
import io.orderflow.order.Orders;
import io.orderflow.order.PaymentMethod;
import io.orderflow.order.Timeline;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Takes the money: per shipment as the goods leave, the rest once everything has shipped,
 * or in cash at the door. Capturing with the same idempotency key twice captures once.
 */
@Service
public class PaymentCaptures {

	private final PaymentGateway gateway;

	private final PaymentRepository payments;

	private final PaymentAuthorizations authorizations;

	private final Orders orders;

	private final Timeline timeline;

	private final OrderLines orderLines;

	private final Clock clock;

	PaymentCaptures(PaymentGateway gateway, PaymentRepository payments, PaymentAuthorizations authorizations,
			Orders orders, Timeline timeline, OrderLines orderLines, Clock clock) {
		this.gateway = gateway;
		this.payments = payments;
		this.authorizations = authorizations;
		this.orders = orders;
		this.timeline = timeline;
		this.orderLines = orderLines;
		this.clock = clock;
	}

	/**
	 * Captures what one shipment accounts for: its share of the grand total by the goods
	 * it holds, never more than is left of it. The payment row stays locked until the
	 * capture commits, so captures of one order never overlap.
	 */
	@Transactional
	public void captureShipment(String orderNumber, String shipmentKey) {
		Order order = orders.get(orderNumber);
		if (!order.paymentMethod().isAuthorized()) {
			return;
		}
		BigDecimal alreadyCaptured = payments.lockTaken(orderNumber).captured();
		capture(order, orderNumber + ":capture:" + shipmentKey,
				CaptureShares.toCapture(order.totals(), orderLines.shipmentGoodsValue(shipmentKey), alreadyCaptured),
				"for shipment " + shipmentKey);
	}

	/**
	 * Once everything has shipped, captures whatever the shipments' shares left of the
	 * grand total (rounding, or the shipping charge when lines were cancelled), so the
	 * customer pays exactly the grand total.
	 */
	@Transactional
	public void settle(String orderNumber) {
		Order order = orders.get(orderNumber);
		if (!order.paymentMethod().isAuthorized()) {
			return;
		}
		BigDecimal due = order.totals().grandTotal().subtract(payments.capturedAmount(orderNumber));
		if (due.signum() > 0) {
			capture(order, orderNumber + ":settle", due, "to settle the order");
		}
		payments.markStatus(orderNumber, PaymentStatus.CAPTURED, now());
	}

	/** The carrier handed over the goods and took the cash. */
	@Transactional
	public void collectCash(String orderNumber) {
		Order order = orders.get(orderNumber);
		if (order.paymentMethod() != PaymentMethod.CASH_ON_DELIVERY) {
			return;
		}
		payments.capturedInFull(orderNumber, order.totals().grandTotal(), now());
		timeline.record(orderNumber, PaymentTimelineKind.PAYMENT_CAPTURED,
				"Collected " + order.totals().grandTotal() + " " + order.currency() + " in cash on delivery");
	}

	private void capture(Order order, String idempotencyKey, BigDecimal amount, String purpose) {
		if (amount.signum() <= 0 || payments.hasCapture(idempotencyKey)) {
			return;
		}
		authorizations.renewIfExpired(order);
		PaymentGateway.GatewayResponse response = gateway.capture(idempotencyKey,
				payments.authorizationReference(order.orderNumber()), amount, order.currency());
		if (!response.approved()) {
			// The authorization was ours and covered the amount; a refused capture needs
			// a person, not a retry loop.
			throw new IllegalStateException("Capture " + idempotencyKey + " refused: " + response.declineCode());
		}
		payments.addCapture(order.orderNumber(), idempotencyKey, amount, response.reference(), now());
		timeline.record(order.orderNumber(), PaymentTimelineKind.PAYMENT_CAPTURED,
				"Captured " + amount + " " + order.currency() + " " + purpose);
	}

	private OffsetDateTime now() {
		return OffsetDateTime.now(clock);
	}

}
