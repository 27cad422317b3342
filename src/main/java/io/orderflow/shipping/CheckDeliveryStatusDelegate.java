package io.orderflow.shipping;

import io.orderflow.workflow.ProcessVariables;
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
		execution.setVariable(ProcessVariables.DELIVERED,
				shipments.checkDelivered(ProcessVariables.orderNumber(execution)));
	}

}
