package io.orderflow.order.flow;

import io.orderflow.order.Orders;
import io.orderflow.workflow.OrderProcess;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Whether the order's payment is secured already: a backorder that shipped part and waits
 * for the rest comes back to the payment gateway, and must not be charged again.
 */
@Component("checkPaymentTaken")
class CheckPaymentTakenDelegate implements JavaDelegate {

	private final Orders orders;

	CheckPaymentTakenDelegate(Orders orders) {
		this.orders = orders;
	}

	@Override
	public void execute(DelegateExecution execution) {
		OrderProcess process = OrderProcess.of(execution);
		process.paymentTaken(orders.get(process.orderNumber()).status().isPaymentSecured());
	}

}
