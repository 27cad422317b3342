package io.orderflow;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * An order as a shop sends it to POST /api/orders. Codes (channel, shipping and payment
 * method) are strings, so a test can send one the API does not know; absent fields are
 * left out of the body.
 */
public record NewOrder(String channel, Customer customer, Address shippingAddress, Address billingAddress,
		List<Line> lines, String shippingMethod, Payment payment, String externalOrderId) {

	static final Address BERLIN = new Address("Ada Lovelace", "Main St 1", "Berlin", "10115", "DE");

	/**
	 * A web order of the lines by a customer of its own, so fraud screening's
	 * per-customer rules see a first order; shipped standard to Berlin and paid by a card
	 * the simulated provider approves.
	 */
	public static NewOrder of(Line... lines) {
		String customer = UUID.randomUUID().toString().substring(0, 8);
		return new NewOrder("WEB", new Customer("C-" + customer, "Ada Lovelace", "ada." + customer + "@example.com"),
				BERLIN, null, List.of(lines), "STANDARD", new Payment("CARD", "tok_visa"), null);
	}

	/** A SKU and a quantity, as order and return lines are sent. */
	public static Line line(String sku, int quantity) {
		return new Line(sku, quantity);
	}

	/** Sent with the channel's own order number. */
	public NewOrder withExternalId(String externalOrderId) {
		return new NewOrder(channel, customer, shippingAddress, billingAddress, lines, shippingMethod, payment,
				externalOrderId);
	}

	public NewOrder by(Customer customer) {
		return new NewOrder(channel, customer, shippingAddress, billingAddress, lines, shippingMethod, payment,
				externalOrderId);
	}

	public NewOrder via(String channel) {
		return new NewOrder(channel, customer, shippingAddress, billingAddress, lines, shippingMethod, payment,
				externalOrderId);
	}

	public NewOrder shippedTo(Address shippingAddress) {
		return new NewOrder(channel, customer, shippingAddress, billingAddress, lines, shippingMethod, payment,
				externalOrderId);
	}

	public NewOrder billedTo(Address billingAddress) {
		return new NewOrder(channel, customer, shippingAddress, billingAddress, lines, shippingMethod, payment,
				externalOrderId);
	}

	public NewOrder sentBy(String shippingMethod) {
		return new NewOrder(channel, customer, shippingAddress, billingAddress, lines, shippingMethod, payment,
				externalOrderId);
	}

	public NewOrder withLines(Line... lines) {
		return new NewOrder(channel, customer, shippingAddress, billingAddress, List.of(lines), shippingMethod, payment,
				externalOrderId);
	}

	/** Paid with the method; a {@code null} token is left out. */
	public NewOrder paidWith(String method, String token) {
		return new NewOrder(channel, customer, shippingAddress, billingAddress, lines, shippingMethod,
				new Payment(method, token), externalOrderId);
	}

	public record Customer(String id, String name, String email) {
	}

	public record Address(String name, String line1, String line2, String city, String region, String postalCode,
			String country) {

		public Address(String name, String line1, String city, String postalCode, String country) {
			this(name, line1, null, city, null, postalCode, country);
		}

	}

	/** A line; {@code unitPrice} (a marketplace's own price) is left out when null. */
	public record Line(String sku, int quantity, BigDecimal unitPrice) {

		public Line(String sku, int quantity) {
			this(sku, quantity, null);
		}

		public Line at(String unitPrice) {
			return new Line(sku, quantity, new BigDecimal(unitPrice));
		}

	}

	public record Payment(String method, String token) {
	}

}
