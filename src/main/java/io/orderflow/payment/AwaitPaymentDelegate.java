package io.orderflow.payment;

import io.orderflow.workflow.ProcessVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Puts the order in AWAITING_PAYMENT; the diagram says why in the task's input parameter {@code reason}. */
@Component("awaitPayment")
class AwaitPaymentDelegate implements JavaDelegate {

	private final Payments payments;

	AwaitPaymentDelegate(Payments payments) {
		this.payments = payments;
	}

	@Override
	public void execute(DelegateExecution execution) {
		payments.awaitPayment(ProcessVariables.orderNumber(execution), ProcessVariables.required(execution, "reason"));
	}

}
