package io.orderflow.shipping.flow;

import io.orderflow.shipping.DeliveryProblems;
import io.orderflow.workflow.DeliveryProcess;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

@Component("extendDeliveryDeadline")
class ExtendDeliveryDeadlineDelegate implements JavaDelegate {

	private final DeliveryProblems deliveries;

	ExtendDeliveryDeadlineDelegate(DeliveryProblems deliveries) {
		this.deliveries = deliveries;
	}

	@Override
	public void execute(DelegateExecution execution) {
		DeliveryProcess process = DeliveryProcess.of(execution);
		deliveries.waitLonger(process.shipmentKey(), process.waitDays());
	}

}
