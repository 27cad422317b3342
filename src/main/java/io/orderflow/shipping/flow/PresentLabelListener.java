package io.orderflow.shipping.flow;

import io.orderflow.shipping.ShipmentRepository;
import io.orderflow.workflow.FulfillmentProcess;
import io.orderflow.workflow.TaskCard;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Shows the packer the bought label: carrier and service, tracking number, and where to
 * print it from (task-local, gone when the task completes).
 */
@Component("presentLabel")
class PresentLabelListener implements TaskListener {

	private final ShipmentRepository shipments;

	PresentLabelListener(ShipmentRepository shipments) {
		this.shipments = shipments;
	}

	@Override
	public void notify(DelegateTask task) {
		ShipmentRepository.LabelSummary label = shipments.label(FulfillmentProcess.of(task).shipmentKey());
		TaskCard.of(task)
			.carrierService(label.carrier() + " " + label.service())
			.trackingNumber(label.trackingNumber())
			.labelLink("/api/shipments/" + label.trackingNumber() + "/label");
	}

}
