package io.orderflow.payment;

import io.orderflow.workflow.ProcessVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

@Component("capturePayment")
class CapturePaymentDelegate implements JavaDelegate {

	private final Payments payments;

	CapturePaymentDelegate(Payments payments) {
		this.payments = payments;
	}

	@Override
	public void execute(DelegateExecution execution) {
		payments.captureShipment(ProcessVariables.orderNumber(execution),
				ProcessVariables.required(execution, ProcessVariables.SHIPMENT_KEY));
	}

}
