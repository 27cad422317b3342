package io.orderflow.payment.flow;

import io.orderflow.payment.PaymentAuthorizations;
import io.orderflow.workflow.ProcessVariables;
import io.orderflow.workflow.SharedStep;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

@Component("voidPayment")
@SharedStep("the same step on every path into cancellation")
class VoidPaymentDelegate implements JavaDelegate {

	private final PaymentAuthorizations payments;

	VoidPaymentDelegate(PaymentAuthorizations payments) {
		this.payments = payments;
	}

	@Override
	public void execute(DelegateExecution execution) {
		payments.voidAuthorization(ProcessVariables.orderNumber(execution));
	}

}
