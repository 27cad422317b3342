package io.orderflow.payment.flow;

import io.orderflow.payment.PaymentCaptures;
import io.orderflow.workflow.ProcessVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

@Component("settlePayment")
class SettlePaymentDelegate implements JavaDelegate {

	private final PaymentCaptures payments;

	SettlePaymentDelegate(PaymentCaptures payments) {
		this.payments = payments;
	}

	@Override
	public void execute(DelegateExecution execution) {
		payments.settle(ProcessVariables.orderNumber(execution));
	}

}
