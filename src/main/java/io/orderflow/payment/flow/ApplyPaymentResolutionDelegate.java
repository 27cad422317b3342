package io.orderflow.payment.flow;

import io.orderflow.order.Orders;
import io.orderflow.payment.PaymentProcess;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Customer service agreed another way to pay with the customer. */
@Component("applyPaymentResolution")
class ApplyPaymentResolutionDelegate implements JavaDelegate {

	private final Orders orders;

	ApplyPaymentResolutionDelegate(Orders orders) {
		this.orders = orders;
	}

	@Override
	public void execute(DelegateExecution execution) {
		PaymentProcess process = PaymentProcess.of(execution);
		orders.changePayment(process.orderNumber(), process.resolution().method(), null);
	}

}
