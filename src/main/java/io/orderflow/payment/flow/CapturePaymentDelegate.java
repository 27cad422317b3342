package io.orderflow.payment.flow;

import io.orderflow.payment.PaymentCaptures;
import io.orderflow.workflow.FulfillmentProcess;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

@Component("capturePayment")
class CapturePaymentDelegate implements JavaDelegate {

	private final PaymentCaptures payments;

	CapturePaymentDelegate(PaymentCaptures payments) {
		this.payments = payments;
	}

	@Override
	public void execute(DelegateExecution execution) {
		FulfillmentProcess process = FulfillmentProcess.of(execution);
		payments.captureShipment(process.orderNumber(), process.shipmentKey());
	}

}
