package io.orderflow.payment;

import io.orderflow.order.Order;
import io.orderflow.order.OrderStatus;
import io.orderflow.order.Orders;
import io.orderflow.order.PaymentMethod;
import io.orderflow.system.ConflictException;
import io.orderflow.workflow.Messages;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * New payment details for an order whose payment was declined: stored, and the payment
 * tried again.
 */
@Service
class PaymentDetailsUpdate {

	private final Orders orders;

	private final RuntimeService runtime;

	PaymentDetailsUpdate(Orders orders, RuntimeService runtime) {
		this.orders = orders;
		this.runtime = runtime;
	}

	@Transactional
	public void update(String orderNumber, PaymentMethod method, String token) {
		Order order = orders.get(orderNumber);
		if (order.status() != OrderStatus.AWAITING_PAYMENT) {
			throw new ConflictException("Order " + orderNumber + " is " + order.status()
					+ "; new payment details are taken only while it is AWAITING_PAYMENT");
		}
		method.requireToken(token, "token");
		orders.changePayment(orderNumber, method, token);
		if (runtime.createMessageCorrelation(Messages.PAYMENT_UPDATED)
			.processInstanceBusinessKey(orderNumber)
			.correlateAllWithResult()
			.isEmpty()) {
			throw new ConflictException("Order " + orderNumber + " is not waiting for new payment details");
		}
	}

}
