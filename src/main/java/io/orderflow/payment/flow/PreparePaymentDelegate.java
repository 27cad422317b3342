package io.orderflow.payment.flow;

import io.orderflow.payment.PaymentAuthorizations;
import io.orderflow.payment.PaymentProcess;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

@Component("preparePayment")
class PreparePaymentDelegate implements JavaDelegate {

	private final PaymentAuthorizations payments;

	PreparePaymentDelegate(PaymentAuthorizations payments) {
		this.payments = payments;
	}

	@Override
	public void execute(DelegateExecution execution) {
		PaymentProcess process = PaymentProcess.of(execution);
		process.paymentMethod(payments.prepare(process.orderNumber()));
	}

}
