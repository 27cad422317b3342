package io.orderflow.shipping.flow;

import io.orderflow.shipping.Shipments;
import io.orderflow.workflow.FulfillmentProcess;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

@Component("createShipment")
class CreateShipmentDelegate implements JavaDelegate {

	private final Shipments shipments;

	CreateShipmentDelegate(Shipments shipments) {
		this.shipments = shipments;
	}

	@Override
	public void execute(DelegateExecution execution) {
		FulfillmentProcess process = FulfillmentProcess.of(execution);
		process.shipmentKey(shipments.ship(process.orderNumber(), process.warehouse(), process.parcelWeightGrams()));
	}

}
