package io.orderflow.order;

import static io.orderflow.NewOrder.line;
import static io.orderflow.OrderflowApi.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import io.orderflow.HttpScenarios;
import io.orderflow.NewOrder;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The customer's tracking page, reached through the signed link in the mails: the order's
 * status, parcels and history in words, returns and refunds, and nothing the customer
 * does not own. A wrong or expired link, or none, leads to the form asking for order
 * number and e-mail address.
 */
abstract class TrackingPageScenarios extends HttpScenarios {

	private static final Pattern LINK = Pattern
		.compile("(https?://[^\\s\"<>]+/orders/OF-\\d+\\?t=[0-9]+\\.[A-Za-z0-9_-]+)");

	@Value("${orderflow.public-base-url}")
	String publicBaseUrl;

	@Value("${orderflow.public-links.signing-key}")
	String signingKey;

	@Test
	void theShippedMailLinksToAPageShowingTheParcelInWordsOnTheConfiguredHost() {
		String sku = newProduct("19.90", 3, 0);
		jdbc.sql("update product set name = ? where sku = ?").params("Mug <b>&</b> saucer", sku).update();
		NewOrder placed = NewOrder.of(line(sku, 2));
		String orderNumber = api.placed(placed);
		engine.runJobs();
		engine.shipAllOpenTasks(orderNumber);
		engine.runJobs();
		JsonNode shipment = api.order(orderNumber).at("/shipments/0");
		String trackingNumber = shipment.get("trackingNumber").asText();
		String grandTotal = new BigDecimal(api.order(orderNumber).at("/totals/grandTotal").asText()).setScale(2)
			.toPlainString();
		assertThat(shipment.get("status").asText()).as("after the hand-over").isEqualTo("HANDED_OVER");

		String link = linkIn(orderNumber, "SHIPMENT_SHIPPED");
		assertThat(link).startsWith(publicBaseUrl + "/orders/" + orderNumber + "?t=");
		ResponseEntity<String> page = open(link);

		assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(page.getHeaders().getContentType().isCompatibleWith(MediaType.TEXT_HTML)).isTrue();
		assertThat(page.getHeaders().getCacheControl()).contains("no-store");
		String html = page.getBody();
		assertThat(html).contains("Orderflow Demo Store", "Your order <span>" + orderNumber, "On its way",
				"Parcel 1: Handed to the carrier", "DHL", shipment.get("service").asText(), trackingNumber,
				"https://www.dhl.com/de-en/home/tracking/tracking-parcel.html?tracking-id=" + trackingNumber,
				"Expected delivery:", "2 × Mug &lt;b&gt;&amp;&lt;/b&gt; saucer", "Total <strong>€" + grandTotal,
				"Order received", "Order confirmed", "No returns or refunds for this order.");
		assertThat(html).as("what only the shop and staff see")
			.doesNotContain("<b>&</b>", placed.customer().email(), placed.customer().name(), "Main St", "tok_visa",
					"RISK_ASSESSED", "STOCK_RESERVED");
		assertThat(html).containsPattern("<time datetime=\"\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?Z\"");

		assertThat(api.carrierEvent(trackingNumber, "IN_TRANSIT").getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(open(link).getBody()).contains("Parcel 1: In transit", "Parcel in transit");
	}

	@Test
	void aDeliveredAndRefundedOrderShowsItsReturnAndRefundInWords() {
		String sku = newProduct("12.00", 5, 0);
		String orderNumber = delivered(NewOrder.of(line(sku, 2)));
		refunded(orderNumber, sku);

		String html = open(linkIn(orderNumber, "ORDER_DELIVERED")).getBody();

		assertThat(html)
			.contains("Parcel 1: Delivered", "Parcel delivered", "Return requested", "Return approved",
					"Returned parcel received", "Money refunded")
			.doesNotContain("No returns or refunds for this order.");
	}

	@Test
	void aTamperedExpiredOrMissingLinkOffersOrderNumberAndEmailInstead() {
		String orderNumber = api.placed(NewOrder.of(line(newProduct("9.50", 2, 0), 1)));
		engine.runJobs();
		String link = linkIn(orderNumber, "ORDER_PLACED");
		String token = URI.create(link).getQuery().substring(2);
		String otherOrders = linkIn(api.placed(NewOrder.of(line(newProduct("9.50", 2, 0), 1))), "ORDER_PLACED");
		PublicLinks madeLongAgo = new PublicLinks(new PublicSite(publicBaseUrl),
				new PublicLinkProperties(signingKey, Duration.ofDays(90), Map.of()),
				Clock.fixed(Instant.now().minus(Duration.ofDays(91)), ZoneOffset.UTC));

		ResponseEntity<String> tampered = page("/orders/" + orderNumber + "?t=" + token.replace('.', '0') + ".x");
		ResponseEntity<String> borrowed = page("/orders/" + orderNumber + "?" + URI.create(otherOrders).getRawQuery());
		ResponseEntity<String> missing = page("/orders/" + orderNumber);
		ResponseEntity<String> expired = open(madeLongAgo.trackingPage(orderNumber));

		for (ResponseEntity<String> refused : java.util.List.of(tampered, borrowed, missing)) {
			assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
			assertThat(refused.getBody()).contains("This link does not open an order", "Find your order",
					"<label for=\"orderNumber\">Order number</label>", "<label for=\"email\">E-mail address</label>")
				.doesNotContain("Order received", "Test product");
		}
		assertThat(expired.getStatusCode()).isEqualTo(HttpStatus.GONE);
		assertThat(expired.getBody()).contains("This link has expired", "value=\"" + orderNumber + "\"")
			.doesNotContain("Order received");
		assertThat(open(link).getStatusCode()).isEqualTo(HttpStatus.OK);
	}

	@Test
	void orderNumberAndEmailOpenTheSamePageAndAWrongPairTellsNothing() {
		NewOrder placed = NewOrder.of(line(newProduct("9.50", 2, 0), 1));
		String orderNumber = api.placed(placed);
		engine.runJobs();
		String email = placed.customer().email();

		ResponseEntity<String> found = page("/orders?orderNumber=" + orderNumber + "&email=" + email.toUpperCase());
		ResponseEntity<String> otherEmail = page("/orders?orderNumber=" + orderNumber + "&email=mallory@example.com");
		ResponseEntity<String> unknownOrder = page("/orders?orderNumber=OF-999999&email=" + email);
		ResponseEntity<String> form = page("/orders");

		assertThat(found.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(found.getBody()).contains("Your order <span>" + orderNumber, "Order received");
		assertThat(otherEmail.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(unknownOrder.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(otherEmail.getBody()).contains("We found no order with this number and e-mail address.")
			.doesNotContain("Order received");
		assertThat(unknownOrder.getBody()).contains("We found no order with this number and e-mail address.");
		assertThat(form.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(form.getBody()).contains("Find your order").doesNotContain("We found no order");
	}

	/** The tracking page's link in the order's mail about the event, signed. */
	private String linkIn(String orderNumber, String eventType) {
		return await().atMost(Duration.ofSeconds(20)).until(() -> {
			ResponseEntity<String> messages = api.rest()
				.getForEntity("/api/orders/" + orderNumber + "/messages", String.class);
			for (JsonNode message : json(messages)) {
				if (message.get("eventType").asText().equals(eventType)) {
					Matcher html = LINK.matcher(message.get("htmlBody").asText());
					Matcher text = LINK.matcher(message.get("textBody").asText());
					assertThat(html.find()).as("the HTML part's link").isTrue();
					assertThat(text.find()).as("the text part's link").isTrue();
					assertThat(html.group(1).replace("&amp;", "&")).isEqualTo(text.group(1));
					return text.group(1);
				}
			}
			return null;
		}, found -> found != null);
	}

	/** Opens a link made for the public host on this test's server. */
	private ResponseEntity<String> open(String link) {
		URI uri = URI.create(link);
		return page(uri.getRawPath() + "?" + uri.getRawQuery());
	}

	private ResponseEntity<String> page(String pathAndQuery) {
		return api.anonymous().getForEntity(pathAndQuery, String.class);
	}

}
