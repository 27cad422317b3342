package io.orderflow.payment.flow;

import io.orderflow.payment.PaymentRefunds;
import io.orderflow.workflow.DeliveryProcess;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

@Component("refundShipment")
class RefundShipmentDelegate implements JavaDelegate {

	private final PaymentRefunds refunds;

	RefundShipmentDelegate(PaymentRefunds refunds) {
		this.refunds = refunds;
	}

	@Override
	public void execute(DelegateExecution execution) {
		DeliveryProcess process = DeliveryProcess.of(execution);
		refunds.refundShipment(process.orderNumber(), process.shipmentKey());
	}

}
