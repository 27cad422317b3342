package io.orderflow.shipping;

import io.orderflow.workflow.ProcessVariables;
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
		Number weight = (Number) execution.getVariable(ProcessVariables.PARCEL_WEIGHT_GRAMS);
		String shipmentKey = shipments.ship(ProcessVariables.orderNumber(execution),
				ProcessVariables.required(execution, ProcessVariables.WAREHOUSE), weight.intValue());
		execution.setVariable(ProcessVariables.SHIPMENT_KEY, shipmentKey);
	}

}
