package io.orderflow.payment.flow;

import io.orderflow.order.PaymentChanges;
import io.orderflow.payment.PaymentProcess;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Customer service agreed another way to pay with the customer. */
@Component("applyPaymentResolution")
class ApplyPaymentResolutionDelegate implements JavaDelegate {

	private final PaymentChanges paymentChanges;

	ApplyPaymentResolutionDelegate(PaymentChanges paymentChanges) {
		this.paymentChanges = paymentChanges;
	}

	@Override
	public void execute(DelegateExecution execution) {
		PaymentProcess process = PaymentProcess.of(execution);
		paymentChanges.changePayment(process.orderNumber(), process.resolution().method(), null);
	}

}
