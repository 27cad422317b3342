package io.orderflow.order.spi;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import io.orderflow.order.Address;
import io.orderflow.order.Customer;
import io.orderflow.order.Order;

/**
 * Who bought an order, as the texts that name them: what retention erases from every copy
 * of the order. Names, the e-mail and street lines are erased wherever they occur in a
 * text; the customer id, city and postal code, short enough to occur by chance in other
 * words and numbers, only where a JSON string is exactly one of them.
 */
public record PersonalData(List<String> mentions, List<String> fields) {

	/** What anonymised texts and fields read instead. */
	public static final String ANONYMISED = "anonymised";

	/** The e-mail address of an anonymised order: no mailbox has it. */
	public static final String ANONYMISED_EMAIL = "anonymised@anonymised.invalid";

	public static PersonalData of(Order order) {
		Address ship = order.shippingAddress();
		Address bill = order.billingAddress();
		Customer customer = order.customer();
		return new PersonalData(
				distinct(customer.name(), customer.email(), ship.name(), ship.line1(), bill.name(), bill.line1()),
				distinct(customer.id(), ship.city(), ship.postalCode(), bill.city(), bill.postalCode()));
	}

	private static List<String> distinct(String... values) {
		return Stream.of(values).filter(value -> value != null && !value.isBlank()).distinct().toList();
	}

	/** Whether the text names the customer (null names no one). */
	public boolean mentionedIn(String text) {
		return text != null && mentions.stream().anyMatch(text::contains);
	}

	/**
	 * What replaces what, in this order: every mention of the customer becomes
	 * {@link #ANONYMISED}, as written and as a JSON string encodes it, and so does a JSON
	 * string that is exactly one of the short fields; a JSON document stays valid.
	 */
	public Map<String, String> replacements() {
		Map<String, String> replacements = new LinkedHashMap<>();
		for (String mention : mentions) {
			replacements.put(mention, ANONYMISED);
			replacements.put(jsonEncoded(mention), ANONYMISED);
		}
		for (String field : fields) {
			replacements.put('"' + jsonEncoded(field) + '"', '"' + ANONYMISED + '"');
		}
		return replacements;
	}

	private static String jsonEncoded(String value) {
		return new String(JsonStringEncoder.getInstance().quoteAsString(value));
	}

}
