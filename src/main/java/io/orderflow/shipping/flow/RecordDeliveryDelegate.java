package io.orderflow.shipping.flow;

import io.orderflow.shipping.DeliveryProblems;
import io.orderflow.workflow.ProcessVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

@Component("recordDelivery")
class RecordDeliveryDelegate implements JavaDelegate {

	private final DeliveryProblems deliveries;

	RecordDeliveryDelegate(DeliveryProblems deliveries) {
		this.deliveries = deliveries;
	}

	@Override
	public void execute(DelegateExecution execution) {
		deliveries.recordDelivery(ProcessVariables.orderNumber(execution));
	}

}
