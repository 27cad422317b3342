package io.orderflow.workflow;

/**
 * Why the order diagram cancels an order ({@code cancellationCause}). The payment causes
 * are the BPMN error codes the boundary events catch; the others are set by the step that
 * leads into the cancellation.
 */
public enum CancellationCause {

	PAYMENT_DECLINED("the payment was declined and not replaced in time"),

	PAYMENT_NOT_RECEIVED("the bank transfer did not arrive in time"),

	RESERVATION_EXPIRED("the payment was not completed while its stock was held"),

	BACKORDER_CANCELLED("customer service cancelled the backorder"),

	CANCELLATION_REQUESTED("its cancellation was requested");

	private final String reason;

	CancellationCause(String reason) {
		this.reason = reason;
	}

	/** Completes "Order cancelled because …" on the timeline. */
	public String reason() {
		return reason;
	}

}
