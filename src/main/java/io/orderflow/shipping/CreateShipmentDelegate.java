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
		shipments.ship(ProcessVariables.orderNumber(execution), (String) execution.getVariable(ProcessVariables.WAREHOUSE),
				weight.intValue());
	}

}
