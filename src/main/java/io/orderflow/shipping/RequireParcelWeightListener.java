package io.orderflow.shipping;

import io.orderflow.workflow.ProcessVariables;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Refuses to complete packing without a positive parcel weight: the carrier cannot price or label the parcel. */
@Component("requireParcelWeight")
class RequireParcelWeightListener implements TaskListener {

	@Override
	public void notify(DelegateTask task) {
		Object weight = task.getVariable(ProcessVariables.PARCEL_WEIGHT_GRAMS);
		if (!(weight instanceof Number grams) || grams.doubleValue() <= 0 || grams.doubleValue() != Math.rint(grams.doubleValue())) {
			throw new IllegalArgumentException(
					ProcessVariables.PARCEL_WEIGHT_GRAMS + " must be a whole number of grams above 0, was " + weight);
		}
	}

}
