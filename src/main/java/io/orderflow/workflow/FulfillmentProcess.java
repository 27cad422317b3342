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

	/** The heaviest parcel a packer may enter, in grams (what the pack form allows). */
	public static final int MAX_PARCEL_WEIGHT_GRAMS = 100_000;

	/**
	 * The weight the packer entered: a whole number of grams from 1 to
	 * {@value #MAX_PARCEL_WEIGHT_GRAMS} (a number, or the digits the form's text field
	 * sends), or a {@link WholeNumber refusal} that Tasklist shows the packer.
	 */
	public int parcelWeightGrams() {
		return WholeNumber.of(scope.getVariable(ProcessVariables.PARCEL_WEIGHT_GRAMS),
				ProcessVariables.PARCEL_WEIGHT_GRAMS, 1, MAX_PARCEL_WEIGHT_GRAMS, "grams");
	}

	public Boolean allItemsPicked() {
		return scope.getVariable(ProcessVariables.ALL_ITEMS_PICKED) instanceof Boolean picked ? picked : null;
	}

	public String shortPicks() {
		return scope.getVariable(ProcessVariables.SHORT_PICKS) instanceof String text ? text : null;
	}

	public void anythingPicked(boolean anythingPicked) {
		scope.setVariable(ProcessVariables.ANYTHING_PICKED, anythingPicked);
	}

	public void moreToShipNow(boolean moreToShipNow) {
		scope.setVariable(ProcessVariables.MORE_TO_SHIP_NOW, moreToShipNow);
	}

	/** Whether the packer confirmed a weight outside the tolerance. */
	public boolean weightConfirmed() {
		return Boolean.TRUE.equals(scope.getVariable(ProcessVariables.WEIGHT_CONFIRMED));
	}

}
