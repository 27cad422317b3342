package io.orderflow.shipping;

import io.orderflow.workflow.ProcessVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

@Component("recordDelivery")
class RecordDeliveryDelegate implements JavaDelegate {

	private final Shipments shipments;

	RecordDeliveryDelegate(Shipments shipments) {
		this.shipments = shipments;
	}

	@Override
	public void execute(DelegateExecution execution) {
		shipments.confirmDelivered(ProcessVariables.orderNumber(execution));
	}

}
