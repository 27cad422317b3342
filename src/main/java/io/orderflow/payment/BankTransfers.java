package io.orderflow.payment;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;

import io.orderflow.order.Order;
import io.orderflow.order.OrderMilestones;
import io.orderflow.order.OrderStatus;
import io.orderflow.order.Orders;
import io.orderflow.order.PaymentMethod;
import io.orderflow.web.ConflictException;
import io.orderflow.web.InvalidRequestException;
import io.orderflow.workflow.MessageCorrelations;
import io.orderflow.workflow.Messages;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The bank reports a transfer for an order waiting for one. A repeated report (same event
 * id) changes nothing.
 */
@Service
public class BankTransfers {

	private final Orders orders;

	private final OrderMilestones milestones;

	private final PaymentRepository payments;

	private final MessageCorrelations correlations;

	private final Clock clock;

	BankTransfers(Orders orders, OrderMilestones milestones, PaymentRepository payments,
			MessageCorrelations correlations, Clock clock) {
		this.orders = orders;
		this.milestones = milestones;
		this.payments = payments;
		this.correlations = correlations;
		this.clock = clock;
	}

	/**
	 * Returns false for a report already received. The order row is locked first (the
	 * documented lock order), so two reports for one order at the same moment are taken
	 * one after the other: the second sees the first's report or the order confirmed.
	 */
	@Transactional
	public boolean received(String eventId, String orderNumber, BigDecimal amount) {
		Order order = orders.getForUpdate(orderNumber);
		if (payments.hasTransferReport(eventId)) {
			return false;
		}
		if (order.paymentMethod() != PaymentMethod.BANK_TRANSFER || order.status() != OrderStatus.AWAITING_PAYMENT) {
			throw new ConflictException("Order " + orderNumber + " is not waiting for a bank transfer");
		}
		if (amount.compareTo(order.totals().grandTotal()) != 0) {
			throw new InvalidRequestException("amount",
					"must be the order's grand total " + order.totals().grandTotal() + " " + order.currency());
		}
		OffsetDateTime now = OffsetDateTime.now(clock);
		payments.addTransferReport(eventId, orderNumber, amount, now);
		payments.capturedInFull(orderNumber, amount, now);
		milestones.bankTransferReceived(orderNumber, amount);
		if (!correlations.correlate(Messages.PAYMENT_SETTLED, orderNumber)) {
			throw new ConflictException("Order " + orderNumber + " is not waiting for a bank transfer");
		}
		return true;
	}

}
