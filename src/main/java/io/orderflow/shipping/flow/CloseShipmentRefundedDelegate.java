package io.orderflow.shipping.flow;

import io.orderflow.shipping.DeliveryProblems;
import io.orderflow.workflow.DeliveryProcess;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

@Component("closeShipmentRefunded")
class CloseShipmentRefundedDelegate implements JavaDelegate {

	private final DeliveryProblems deliveries;

	CloseShipmentRefundedDelegate(DeliveryProblems deliveries) {
		this.deliveries = deliveries;
	}

	@Override
	public void execute(DelegateExecution execution) {
		deliveries.closeAsRefunded(DeliveryProcess.of(execution).shipmentKey());
	}

}
