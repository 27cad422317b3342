package io.orderflow.payment;

import io.orderflow.workflow.ProcessVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

@Component("preparePayment")
class PreparePaymentDelegate implements JavaDelegate {

	private final Payments payments;

	PreparePaymentDelegate(Payments payments) {
		this.payments = payments;
	}

	@Override
	public void execute(DelegateExecution execution) {
		execution.setVariable("paymentMethod", payments.prepare(ProcessVariables.orderNumber(execution)).name());
	}

}
