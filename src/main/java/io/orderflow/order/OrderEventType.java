package io.orderflow.order;

/**
 * What happened to an order that a customer or a partner system cares about. Each
 * constant is the type of one domain event (see {@link OrderEvent}); the customer's mail
 * for it is the template {@code templates/mail/<type>} and webhook subscriptions name
 * these types.
 */
public enum OrderEventType {

	ORDER_PLACED, ORDER_UNDER_REVIEW, ORDER_REJECTED, ORDER_BACKORDERED, BACKORDER_DECIDED, STOCK_ARRIVED,
	PAYMENT_PROBLEM, BANK_TRANSFER_REQUESTED, ORDER_CONFIRMED, SHIPMENT_SHIPPED, SHIPMENT_OUT_FOR_DELIVERY,
	DELIVERY_PROBLEM, ORDER_DELIVERED, ORDER_CANCELLED, RETURN_APPROVED, RETURN_REJECTED, RETURN_RECEIVED,
	RETURN_EXPIRED, ORDER_REFUNDED, ORDER_COMPLETED;

	/** {@code order-placed}: the name of its mail template. */
	public String templateName() {
		return name().toLowerCase().replace('_', '-');
	}

}
