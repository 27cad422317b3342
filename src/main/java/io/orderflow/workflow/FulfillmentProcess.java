package io.orderflow.workflow;

import org.camunda.bpm.engine.delegate.VariableScope;

/** The variables of {@code fulfillment}, typed: one warehouse's shipment of an order. */
public final class FulfillmentProcess {

	private final VariableScope scope;

	private FulfillmentProcess(VariableScope scope) {
		this.scope = scope;
	}

	public static FulfillmentProcess of(VariableScope scope) {
		return new FulfillmentProcess(scope);
	}

	public String orderNumber() {
		return ProcessVariables.orderNumber(scope);
	}

	/** The warehouse this shipment leaves from (the multi-instance element). */
	public String warehouse() {
		return ProcessVariables.required(scope, ProcessVariables.WAREHOUSE);
	}

	public String shipmentKey() {
		return ProcessVariables.required(scope, ProcessVariables.SHIPMENT_KEY);
	}

	public void shipmentKey(String shipmentKey) {
		scope.setVariable(ProcessVariables.SHIPMENT_KEY, shipmentKey);
	}

	/**
	 * The weight the packer entered: a whole number of grams above 0, or an
	 * {@link IllegalArgumentException} that Tasklist shows the packer.
	 */
	public int parcelWeightGrams() {
		Object weight = scope.getVariable(ProcessVariables.PARCEL_WEIGHT_GRAMS);
		if (!(weight instanceof Number grams) || grams.doubleValue() <= 0
				|| grams.doubleValue() != Math.rint(grams.doubleValue())) {
			throw new IllegalArgumentException(
					ProcessVariables.PARCEL_WEIGHT_GRAMS + " must be a whole number of grams above 0, was " + weight);
		}
		return grams.intValue();
	}

}
