package io.orderflow.shipping;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

@Component("checkDeliveryStatus")
class CheckDeliveryStatusDelegate implements JavaDelegate {

	private final Shipments shipments;

	CheckDeliveryStatusDelegate(Shipments shipments) {
		this.shipments = shipments;
	}

	@Override
	public void execute(DelegateExecution execution) {
		DeliveryProcess process = DeliveryProcess.of(execution);
		process.delivered(shipments.checkDelivered(process.orderNumber()));
	}

}
