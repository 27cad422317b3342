package io.orderflow.workflow;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Customer service's choice in "Decide on backorder" ({@code decision}); the order
 * diagram branches on it.
 */
public enum BackorderDecision {

	WAIT, SHIP_AVAILABLE, CANCEL_SHORT_LINES, CANCEL_ORDER;

	/** "WAIT, SHIP_AVAILABLE, …", for messages that ask a person to choose. */
	public static String choices() {
		return Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", "));
	}

}
