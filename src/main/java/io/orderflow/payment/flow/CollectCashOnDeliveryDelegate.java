package io.orderflow.payment.flow;

import io.orderflow.payment.PaymentCaptures;
import io.orderflow.workflow.ProcessVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

@Component("collectCashOnDelivery")
class CollectCashOnDeliveryDelegate implements JavaDelegate {

	private final PaymentCaptures payments;

	CollectCashOnDeliveryDelegate(PaymentCaptures payments) {
		this.payments = payments;
	}

	@Override
	public void execute(DelegateExecution execution) {
		payments.collectCash(ProcessVariables.orderNumber(execution));
	}

}
