package io.orderflow.payment;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.UUID;

import io.orderflow.order.Order;
import io.orderflow.order.OrderEventType;
import io.orderflow.order.Orders;
import io.orderflow.order.ReturnSteps.Refunding;
import io.orderflow.order.TimelineEntryType;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Gives money back for returns, on the payment the order was paid with. */
@Service
class PaymentRefunds implements Refunding {

	private final PaymentGateway gateway;

	private final PaymentRepository payments;

	private final Orders orders;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	PaymentRefunds(PaymentGateway gateway, PaymentRepository payments, Orders orders, Clock clock,
			ApplicationEventPublisher events) {
		this.gateway = gateway;
		this.payments = payments;
		this.orders = orders;
		this.clock = clock;
		this.events = events;
	}

	@Override
	@Transactional
	public BigDecimal refund(String orderNumber, String returnNumber, BigDecimal due) {
		Order order = orders.get(orderNumber);
		PaymentRepository.Taken taken = payments.lockTaken(orderNumber);
		BigDecimal amount = due.min(taken.refundable());
		if (amount.signum() <= 0) {
			orders.record(orderNumber, TimelineEntryType.PAYMENT_REFUNDED,
					"Nothing left to refund for return " + returnNumber);
			return BigDecimal.ZERO;
		}
		// Bank transfers and cash have no authorization; the provider refunds against the
		// order.
		String reference = taken.reference() == null ? "order:" + orderNumber : taken.reference();
		PaymentGateway.GatewayResponse response = gateway.refund(returnNumber + ":refund", reference, amount,
				order.currency());
		if (!response.approved()) {
			throw new IllegalStateException("Refund for " + returnNumber + " refused: " + response.declineCode());
		}
		boolean all = amount.compareTo(taken.refundable()) == 0;
		payments.addRefund(orderNumber, amount, all ? PaymentStatus.REFUNDED : PaymentStatus.PARTIALLY_REFUNDED,
				OffsetDateTime.now(clock));
		orders.record(orderNumber, TimelineEntryType.PAYMENT_REFUNDED,
				"Refunded " + amount + " " + order.currency() + " for return " + returnNumber);
		events.publishEvent(new PaymentEvent(UUID.randomUUID(), OrderEventType.ORDER_REFUNDED, orderNumber,
				OffsetDateTime.now(clock), amount, order.currency(), "Refund for return " + returnNumber,
				returnNumber));
		return amount;
	}

}
