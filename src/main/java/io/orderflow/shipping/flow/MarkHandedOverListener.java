package io.orderflow.shipping.flow;

import io.orderflow.shipping.Shipments;
import io.orderflow.workflow.FulfillmentProcess;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * At the end of "Deduct shipped stock", the step after "Print label and hand over": the
 * shipment is handed over. After the deduction, so under the order row's lock that step
 * takes first, the one lock order of every path.
 */
@Component("markHandedOver")
class MarkHandedOverListener implements ExecutionListener {

	private final Shipments shipments;

	MarkHandedOverListener(Shipments shipments) {
		this.shipments = shipments;
	}

	@Override
	public void notify(DelegateExecution execution) {
		shipments.handedOver(FulfillmentProcess.of(execution).shipmentKey());
	}

}
