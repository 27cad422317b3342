package io.orderflow.shipping.flow;

import java.util.stream.Collectors;

import io.orderflow.order.Orders;
import io.orderflow.shipping.DeliveryDeadlines;
import io.orderflow.shipping.DeliveryProblems;
import io.orderflow.shipping.ShipmentRepository.Shipment;
import io.orderflow.workflow.DeliveryProcess;
import io.orderflow.workflow.TaskCard;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Shows "Investigate delivery" the shipment in question and every event its carrier
 * reported, in the order they happened. Task-local display text, gone when the task
 * completes.
 */
@Component("presentDeliveryProblem")
class PresentDeliveryProblemListener implements TaskListener {

	private final DeliveryProblems deliveries;

	private final DeliveryDeadlines deadlines;

	private final Orders orders;

	PresentDeliveryProblemListener(DeliveryProblems deliveries, DeliveryDeadlines deadlines, Orders orders) {
		this.deliveries = deliveries;
		this.deadlines = deadlines;
		this.orders = orders;
	}

	@Override
	public void notify(DelegateTask task) {
		Shipment shipment = deliveries.shipment(DeliveryProcess.of(task).shipmentKey());
		TaskCard card = TaskCard.of(task);
		card.shipment(shipment.shipmentKey() + ": " + shipment.carrier() + " " + shipment.service()
				+ ", tracking number " + shipment.trackingNumber() + ", status " + shipment.status() + ", due by "
				+ deadlines.promised(shipment, orders.get(shipment.orderNumber()).shippingMethod())
				+ (shipment.signatureRequired() ? ", signature required" : "")
				+ (shipment.replacesShipmentKey() == null ? "" : ", replaces " + shipment.replacesShipmentKey()));
		String history = deliveries.history(shipment)
			.stream()
			.map(event -> event.occurredAt() + "  " + event.type()
					+ (event.signedBy() == null ? "" : "  signed by " + event.signedBy())
					+ (event.detail() == null ? "" : "  " + event.detail()) + "  (received " + event.receivedAt() + ")")
			.collect(Collectors.joining("\n"));
		card.carrierEvents(history.isEmpty() ? "No event from the carrier yet" : history);
	}

}
