package io.orderflow.order;

import java.util.Arrays;
import java.util.stream.Collectors;

import io.orderflow.workflow.RefusedInputException;

/**
 * What the customer is told about why their order was not accepted or was cancelled:
 * chosen by the fraud analyst on the review form ({@code customerReason}) or by staff
 * asking for a cancellation. Staff's own words stay on the timeline; the customer reads
 * the text the mail templates keep for the code
 * ({@code templates/mail/customer-reasons.properties}).
 */
public enum CustomerReason {

	ADDRESS_NOT_VERIFIED,

	PAYMENT_NOT_VERIFIED,

	ORDER_LIMIT,

	OTHER;

	/**
	 * The code a form set; refuses the completion (nothing stored) when it is missing or
	 * unknown.
	 */
	public static CustomerReason chosen(Object value, String variable) {
		try {
			return CustomerReason.valueOf(String.valueOf(value));
		}
		catch (IllegalArgumentException e) {
			throw new RefusedInputException("Choose what the customer is told: set '" + variable + "' to one of "
					+ Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", "))
					+ (value == null ? "" : ", not " + value));
		}
	}

}
