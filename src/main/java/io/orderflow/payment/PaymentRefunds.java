package io.orderflow.payment;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.UUID;

import io.orderflow.order.Order;
import io.orderflow.order.OrderEventType;
import io.orderflow.order.OrderLines;
import io.orderflow.order.Orders;
import io.orderflow.order.Timeline;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gives money back for returns and for shipments that never arrived, on the payment the
 * order was paid with.
 */
@Service
public class PaymentRefunds implements Refunds {

	private final PaymentGateway gateway;

	private final PaymentRepository payments;

	private final Orders orders;

	private final Timeline timeline;

	private final OrderLines orderLines;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	PaymentRefunds(PaymentGateway gateway, PaymentRepository payments, Orders orders, Timeline timeline,
			OrderLines orderLines, Clock clock, ApplicationEventPublisher events) {
		this.gateway = gateway;
		this.payments = payments;
		this.orders = orders;
		this.timeline = timeline;
		this.orderLines = orderLines;
		this.clock = clock;
		this.events = events;
	}

	@Override
	@Transactional
	public BigDecimal refund(String orderNumber, String returnNumber, BigDecimal due) {
		return refund(orderNumber, returnNumber + ":refund", due, "return " + returnNumber, returnNumber);
	}

	/**
	 * Gives back what a shipment that never arrived was charged: its share of the grand
	 * total by the goods it holds ({@link CaptureShares}), with the idempotency key
	 * {@code <order>:<shipment>:refund}.
	 */
	@Transactional
	public BigDecimal refundShipment(String orderNumber, String shipmentKey) {
		BigDecimal share = CaptureShares.shareOfGrandTotal(orders.get(orderNumber).totals(),
				orderLines.shipmentGoodsValue(shipmentKey));
		return refund(orderNumber, orderNumber + ":" + shipmentKey + ":refund", share, "shipment " + shipmentKey, null);
	}

	/** {@code returnNumber} is null for a refund that is not a return's. */
	private BigDecimal refund(String orderNumber, String idempotencyKey, BigDecimal due, String purpose,
			String returnNumber) {
		Order order = orders.get(orderNumber);
		PaymentRepository.Taken taken = payments.lockTaken(orderNumber);
		BigDecimal amount = due.min(taken.refundable());
		if (amount.signum() <= 0) {
			timeline.record(orderNumber, PaymentTimelineKind.PAYMENT_REFUNDED, "Nothing left to refund for " + purpose);
			return BigDecimal.ZERO;
		}
		// Bank transfers and cash have no authorization; the provider refunds against the
		// order.
		String reference = taken.reference() == null ? "order:" + orderNumber : taken.reference();
		PaymentGateway.GatewayResponse response = gateway.refund(idempotencyKey, reference, amount, order.currency());
		if (!response.approved()) {
			throw new IllegalStateException("Refund for " + purpose + " refused: " + response.declineCode());
		}
		boolean all = amount.compareTo(taken.refundable()) == 0;
		payments.addRefund(orderNumber, amount, all ? PaymentStatus.REFUNDED : PaymentStatus.PARTIALLY_REFUNDED,
				OffsetDateTime.now(clock));
		timeline.record(orderNumber, PaymentTimelineKind.PAYMENT_REFUNDED,
				"Refunded " + amount + " " + order.currency() + " for " + purpose);
		events.publishEvent(new PaymentEvent(UUID.randomUUID(), OrderEventType.ORDER_REFUNDED, orderNumber,
				OffsetDateTime.now(clock), amount, order.currency(), "Refund for " + purpose, returnNumber));
		return amount;
	}

}
