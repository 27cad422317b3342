package io.orderflow.workflow;

/** Error codes of business outcomes the diagrams catch. */
public final class BpmnErrors {

	public static final String PAYMENT_DECLINED = CancellationCause.PAYMENT_DECLINED.name();

	public static final String PAYMENT_NOT_RECEIVED = CancellationCause.PAYMENT_NOT_RECEIVED.name();

	private BpmnErrors() {
	}

}
