package io.orderflow.workflow;

import java.util.regex.Pattern;

/**
 * A whole number a form field or an API client gave: a JSON number, or the digits a
 * Tasklist text field submits ("1500"). Anything else ("1.5", "1e3", "15 g") is refused
 * with a message (a {@link RefusedInputException}, so the completion is rolled back)
 * rather than read as some other number.
 */
public final class WholeNumber {

	private static final Pattern DIGITS = Pattern.compile("[0-9]{1,9}");

	private WholeNumber() {
	}

	/** The value between min and max, or a refusal naming the field and what it takes. */
	public static int of(Object value, String field, int min, int max, String unit) {
		Long number = null;
		if (value instanceof Number given && given.doubleValue() == Math.rint(given.doubleValue())
				&& Math.abs(given.doubleValue()) < 1e15) {
			number = given.longValue();
		}
		else if (value instanceof String text && DIGITS.matcher(text.strip()).matches()) {
			number = Long.parseLong(text.strip());
		}
		if (number == null || number < min || number > max) {
			throw new RefusedInputException(
					field + " must be a whole number of " + unit + " from " + min + " to " + max + ", was " + value);
		}
		return number.intValue();
	}

}
