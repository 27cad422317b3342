package io.orderflow.payment.flow;

import io.orderflow.payment.PaymentAuthorizations;
import io.orderflow.workflow.BpmnErrors;
import io.orderflow.workflow.ProcessVariables;
import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

@Component("authorizePayment")
class AuthorizePaymentDelegate implements JavaDelegate {

	private final PaymentAuthorizations payments;

	AuthorizePaymentDelegate(PaymentAuthorizations payments) {
		this.payments = payments;
	}

	@Override
	public void execute(DelegateExecution execution) {
		if (!payments.authorize(ProcessVariables.orderNumber(execution))) {
			throw new BpmnError(BpmnErrors.PAYMENT_DECLINED, "The payment provider declined the authorization");
		}
	}

}
