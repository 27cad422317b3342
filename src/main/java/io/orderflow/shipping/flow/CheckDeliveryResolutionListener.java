package io.orderflow.shipping.flow;

import io.orderflow.order.Timeline;
import io.orderflow.shipping.ShippingTimelineKind;
import io.orderflow.workflow.DeliveryProcess;
import io.orderflow.workflow.DeliveryResolution;
import io.orderflow.workflow.TaskActor;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Refuses an investigation outcome that cannot be carried out, with a message customer
 * service sees in Tasklist, and puts the decision on the order's timeline.
 */
@Component("checkDeliveryResolution")
class CheckDeliveryResolutionListener implements TaskListener {

	private final Timeline timeline;

	CheckDeliveryResolutionListener(Timeline timeline) {
		this.timeline = timeline;
	}

	@Override
	public void notify(DelegateTask task) {
		DeliveryProcess process = DeliveryProcess.of(task);
		DeliveryResolution resolution = process.resolution();
		String detail = switch (resolution) {
			case WAIT -> " for " + process.waitDays() + " more days";
			case RETURN_TO_STOCK -> ", then " + process.afterRestock();
			default -> "";
		};
		String actor = TaskActor.of(task);
		Object note = task.getVariable("investigationNote");
		timeline.record(process.orderNumber(), ShippingTimelineKind.DELIVERY_INVESTIGATED,
				"Shipment " + process.shipmentKey() + ": " + resolution + detail
						+ (actor == null ? "" : " (" + actor + ")")
						+ (note == null || note.toString().isBlank() ? "" : ": " + note));
	}

}
