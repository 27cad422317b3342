package io.orderflow.shipping;

import io.orderflow.workflow.FulfillmentProcess;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Refuses to complete packing without a positive parcel weight: the carrier cannot price
 * or label the parcel.
 */
@Component("requireParcelWeight")
class RequireParcelWeightListener implements TaskListener {

	@Override
	public void notify(DelegateTask task) {
		FulfillmentProcess.of(task).parcelWeightGrams();
	}

}
