package io.orderflow.payment;

import io.orderflow.workflow.ProcessVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

@Component("voidPayment")
class VoidPaymentDelegate implements JavaDelegate {

	private final Payments payments;

	VoidPaymentDelegate(Payments payments) {
		this.payments = payments;
	}

	@Override
	public void execute(DelegateExecution execution) {
		payments.voidAuthorization(ProcessVariables.orderNumber(execution));
	}

}
