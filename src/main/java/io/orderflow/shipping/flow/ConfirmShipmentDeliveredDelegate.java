package io.orderflow.shipping.flow;

import io.orderflow.shipping.DeliveryProblems;
import io.orderflow.workflow.DeliveryProcess;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

@Component("confirmShipmentDelivered")
class ConfirmShipmentDeliveredDelegate implements JavaDelegate {

	private final DeliveryProblems deliveries;

	ConfirmShipmentDeliveredDelegate(DeliveryProblems deliveries) {
		this.deliveries = deliveries;
	}

	@Override
	public void execute(DelegateExecution execution) {
		deliveries.confirmDelivered(DeliveryProcess.of(execution).shipmentKey());
	}

}
