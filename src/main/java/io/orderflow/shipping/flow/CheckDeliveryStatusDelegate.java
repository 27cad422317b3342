package io.orderflow.shipping.flow;

import io.orderflow.shipping.DeliveryProblems;
import io.orderflow.workflow.DeliveryProcess;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

@Component("checkDeliveryStatus")
class CheckDeliveryStatusDelegate implements JavaDelegate {

	private final DeliveryProblems deliveries;

	CheckDeliveryStatusDelegate(DeliveryProblems deliveries) {
		this.deliveries = deliveries;
	}

	@Override
	public void execute(DelegateExecution execution) {
		DeliveryProcess process = DeliveryProcess.of(execution);
		DeliveryProblems.DeliveryState state = deliveries.check(process.orderNumber());
		process.checked(state.delivered(), state.shipmentToInvestigate(), state.nextDeadline());
	}

}
