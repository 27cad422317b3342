package io.orderflow.workflow;

/** Error codes of business outcomes the diagrams catch. */
public final class BpmnErrors {

	public static final String PAYMENT_DECLINED = "PAYMENT_DECLINED";

	public static final String PAYMENT_NOT_RECEIVED = "PAYMENT_NOT_RECEIVED";

	private BpmnErrors() {
	}

}
