package io.orderflow.payment;

import io.orderflow.order.Order;
import io.orderflow.order.OrderStatus;
import io.orderflow.order.Orders;
import io.orderflow.order.PaymentChanges;
import io.orderflow.order.PaymentMethod;
import io.orderflow.web.ConflictException;
import io.orderflow.workflow.MessageCorrelations;
import io.orderflow.workflow.Messages;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * New payment details for an order whose payment was declined: stored, and the payment
 * tried again.
 */
@Service
public class PaymentDetailsUpdate {

	private final Orders orders;

	private final PaymentChanges paymentChanges;

	private final MessageCorrelations correlations;

	PaymentDetailsUpdate(Orders orders, PaymentChanges paymentChanges, MessageCorrelations correlations) {
		this.orders = orders;
		this.paymentChanges = paymentChanges;
		this.correlations = correlations;
	}

	@Transactional
	public void update(String orderNumber, PaymentMethod method, String token) {
		Order order = orders.get(orderNumber);
		if (order.status() != OrderStatus.AWAITING_PAYMENT) {
			throw new ConflictException("Order " + orderNumber + " is " + order.status()
					+ "; new payment details are taken only while it is AWAITING_PAYMENT");
		}
		method.requireToken(token, "token");
		paymentChanges.changePayment(orderNumber, method, token);
		if (!correlations.correlate(Messages.PAYMENT_UPDATED, orderNumber)) {
			throw new ConflictException("Order " + orderNumber + " is not waiting for new payment details");
		}
	}

}
