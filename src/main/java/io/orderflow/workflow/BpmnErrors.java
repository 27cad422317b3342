package io.orderflow.workflow;

/** Error codes of business outcomes the diagrams catch. */
public final class BpmnErrors {

	public static final String PAYMENT_DECLINED = CancellationCause.PAYMENT_DECLINED.name();

	public static final String PAYMENT_NOT_RECEIVED = CancellationCause.PAYMENT_NOT_RECEIVED.name();

	/** The warehouse a lost parcel left from has too little stock to send it again. */
	public static final String RESHIP_STOCK_SHORT = "RESHIP_STOCK_SHORT";

	private BpmnErrors() {
	}

}
