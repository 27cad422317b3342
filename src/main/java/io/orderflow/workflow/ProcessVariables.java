package io.orderflow.workflow;

import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * Names of the process variables the diagrams and the Java code share. Variables hold
 * references and the few facts gateways branch on.
 */
public final class ProcessVariables {

	/** The order's number; also every instance's business key. */
	public static final String ORDER_NUMBER = "orderNumber";

	/**
	 * Set by the review forms (Review order, Review return): APPROVE or REJECT, see
	 * {@link ReviewVerdict}.
	 */
	public static final String REVIEW_DECISION = "reviewDecision";

	/**
	 * Set by the review forms when rejecting: the reason. Review return tells it to the
	 * customer; Review order keeps it for staff and tells the customer
	 * {@link #CUSTOMER_REASON}.
	 */
	public static final String REJECTION_REASON = "rejectionReason";

	/**
	 * Set by Review order when rejecting: the code of what the customer is told
	 * ({@code order.CustomerReason}).
	 */
	public static final String CUSTOMER_REASON = "customerReason";

	/**
	 * The warehouse one shipment of a split order leaves from (the fulfilment's
	 * multi-instance element).
	 */
	public static final String WAREHOUSE = "warehouse";

	/**
	 * Set by shipment creation: the key of the shipment being fulfilled, local to one
	 * warehouse's fulfilment.
	 */
	public static final String SHIPMENT_KEY = "shipmentKey";

	/** Set by stock reservation: part of the order could not be reserved. */
	public static final String STOCK_SHORT = "stockShort";

	/**
	 * Set by the backorder decision form: WAIT, SHIP_AVAILABLE, CANCEL_SHORT_LINES or
	 * CANCEL_ORDER.
	 */
	public static final String DECISION = "decision";

	/**
	 * Set before the payment gateway of the order diagram: the payment is already
	 * secured.
	 */
	public static final String PAYMENT_TAKEN = "paymentTaken";

	/** Set after fulfilment: every line is shipped or cancelled. */
	public static final String ALL_SHIPPED = "allShipped";

	/** Set by the pack form. */
	public static final String PARCEL_WEIGHT_GRAMS = "parcelWeightGrams";

	/**
	 * Set by the pack form: the packer confirms a weight outside the tolerance of the
	 * lines' weight.
	 */
	public static final String WEIGHT_CONFIRMED = "weightConfirmed";

	/** Set by the pick form: every line was found in full. */
	public static final String ALL_ITEMS_PICKED = "allItemsPicked";

	/** Set by the pick form: one line per short SKU, {@code <SKU> <quantity found>}. */
	public static final String SHORT_PICKS = "shortPicks";

	/** Set after picking: the parcel holds anything at all. */
	public static final String ANYTHING_PICKED = "anythingPicked";

	/**
	 * Set after every warehouse shipped: stock for what was short is reserved now, so
	 * another round of shipments follows.
	 */
	public static final String MORE_TO_SHIP_NOW = "moreToShipNow";

	/**
	 * Error code of the business outcome that ended the order early, set by the diagrams'
	 * error boundary events.
	 */
	public static final String CANCELLATION_CAUSE = "cancellationCause";

	/**
	 * The return's number (RMA); also the business key of its return-handling instance.
	 */
	public static final String RETURN_NUMBER = "returnNumber";

	private ProcessVariables() {
	}

	public static String orderNumber(VariableScope scope) {
		return required(scope, ORDER_NUMBER);
	}

	public static String required(VariableScope scope, String name) {
		Object value = scope.getVariable(name);
		if (!(value instanceof String text)) {
			throw new IllegalStateException("Process variable " + name + " is missing");
		}
		return text;
	}

}
