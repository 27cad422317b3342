package io.orderflow.workflow;

/**
 * Names of the BPMN messages the outside world sends in, correlated by business key (the
 * order number).
 */
public final class Messages {

	public static final String SHIPMENT_DELIVERED = "ShipmentDelivered";

	/**
	 * The carrier reported a shipment lost, returned to sender or in trouble; the order's
	 * delivery process looks at it.
	 */
	public static final String DELIVERY_PROBLEM_REPORTED = "DeliveryProblemReported";

	/**
	 * Stock arrived that completes a waiting backorder; sent per order, oldest order
	 * first.
	 */
	public static final String STOCK_REPLENISHED = "StockReplenished";

	/** The customer gave new payment details after a decline (REST). */
	public static final String PAYMENT_UPDATED = "PaymentUpdated";

	/** The bank reported an order's transfer (signed payment webhook). */
	public static final String PAYMENT_SETTLED = "PaymentSettled";

	/**
	 * The shop or customer service asked to cancel an order that has not shipped (REST).
	 */
	public static final String ORDER_CANCELLATION_REQUESTED = "OrderCancellationRequested";

	/**
	 * The warehouse received a return's parcel (REST); correlated by the return number.
	 */
	public static final String RETURN_RECEIVED = "ReturnReceived";

	private Messages() {
	}

}
