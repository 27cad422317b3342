package io.orderflow.workflow;

/** Names of the process variables the diagrams and the Java code share. Variables hold references and the few facts gateways branch on. */
public final class ProcessVariables {

	/** The order's number; also every instance's business key. */
	public static final String ORDER_NUMBER = "orderNumber";

	/** Set by the fraud review form. */
	public static final String APPROVED = "approved";

	public static final String RISK_LEVEL = "riskLevel";

	public static final String RISK_REASONS = "riskReasons";

	/** Set by stock reservation: the warehouse the order ships from. */
	public static final String WAREHOUSE = "warehouse";

	/** Set by the pack form. */
	public static final String PARCEL_WEIGHT_GRAMS = "parcelWeightGrams";

	/** Set by the delivery check and the delivery investigation form. */
	public static final String DELIVERED = "delivered";

	/** Error code of the business outcome that ended the order early, set by the diagrams' error boundary events. */
	public static final String CANCELLATION_CAUSE = "cancellationCause";

	private ProcessVariables() {
	}

	public static String orderNumber(org.camunda.bpm.engine.delegate.VariableScope scope) {
		Object value = scope.getVariable(ORDER_NUMBER);
		if (!(value instanceof String orderNumber)) {
			throw new IllegalStateException("Process variable " + ORDER_NUMBER + " is missing");
		}
		return orderNumber;
	}

}
