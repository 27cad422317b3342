package io.orderflow.shipping.flow;

import io.orderflow.shipping.DeliveryProblems;
import io.orderflow.workflow.DeliveryProcess;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

@Component("createReshipment")
class CreateReshipmentDelegate implements JavaDelegate {

	private final DeliveryProblems deliveries;

	CreateReshipmentDelegate(DeliveryProblems deliveries) {
		this.deliveries = deliveries;
	}

	@Override
	public void execute(DelegateExecution execution) {
		DeliveryProcess process = DeliveryProcess.of(execution);
		process.reshipmentKey(deliveries.reship(process.shipmentKey()));
	}

}
