package io.orderflow.webhooks;

import static io.orderflow.NewOrder.line;
import static io.orderflow.OrderflowApi.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.fasterxml.jackson.databind.JsonNode;
import io.orderflow.HttpScenarios;
import io.orderflow.NewOrder;
import io.orderflow.NewReturn;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Partner systems subscribe over the API and get every change of an order they asked for,
 * once, signed the Standard Webhooks way, at a real HTTP server on a loopback port.
 */
abstract class WebhookScenarios extends HttpScenarios {

	static final String SUBSCRIPTIONS = "/api/webhook-subscriptions";

	static final Duration PATIENCE = Duration.ofSeconds(20);

	@Test
	void subscribedReceiverGetsEachStateChangeFromPlacementToRefundOnceAndSigned() throws Exception {
		try (WebhookReceiver receiver = WebhookReceiver.answering200()) {
			JsonNode subscription = subscribe(receiver.url(), "ORDER_PLACED", "ORDER_CONFIRMED", "SHIPMENT_SHIPPED",
					"ORDER_DELIVERED", "RETURN_APPROVED", "RETURN_RECEIVED", "ORDER_REFUNDED");
			String secret = subscription.get("secret").asText();
			try {
				String sku = newProduct("12.00", 5, 0);
				String orderNumber = delivered(NewOrder.of(line(sku, 2)));
				refunded(orderNumber, sku);

				List<String> expected = List.of("ORDER_PLACED", "ORDER_CONFIRMED", "SHIPMENT_SHIPPED",
						"ORDER_DELIVERED", "RETURN_APPROVED", "RETURN_RECEIVED", "ORDER_REFUNDED");
				await().atMost(PATIENCE)
					.untilAsserted(() -> assertThat(typesFor(receiver, orderNumber))
						.containsExactlyInAnyOrderElementsOf(expected));
				for (WebhookReceiver.Received request : ofOrder(receiver, orderNumber)) {
					assertThat(request.signature()).isEqualTo(sign(secret, request));
					JsonNode body = json(request.body());
					assertThat(body.at("/data/orderNumber").asText()).isEqualTo(orderNumber);
					assertThat(body.at("/data/order/orderNumber").asText()).isEqualTo(orderNumber);
					assertThat(body.at("/data/order/status").asText()).isNotEmpty();
				}
				JsonNode shipped = ofOrder(receiver, orderNumber).stream()
					.map(request -> json(request.body()))
					.filter(body -> body.get("type").asText().equals("SHIPMENT_SHIPPED"))
					.findFirst()
					.orElseThrow();
				assertThat(shipped.at("/data/trackingNumber").asText())
					.isEqualTo(api.order(orderNumber).at("/shipments/0/trackingNumber").asText());
				assertThat(ofOrder(receiver, orderNumber).stream().map(WebhookReceiver.Received::id).distinct())
					.hasSize(expected.size());
			}
			finally {
				unsubscribe(subscription);
			}
		}
	}

	@Test
	void receiverFailingThreeTimesGetsTheEventOnceMoreWithTheSameIdAndTheAttemptsAreListed() throws Exception {
		try (WebhookReceiver receiver = WebhookReceiver.failingFirst(3)) {
			JsonNode subscription = subscribe(receiver.url(), "ORDER_PLACED");
			try {
				String orderNumber = api.placed(NewOrder.of(line(newProduct("9.00", 5, 0), 1)));

				await().atMost(PATIENCE).untilAsserted(() -> assertThat(ofOrder(receiver, orderNumber)).hasSize(4));
				List<WebhookReceiver.Received> requests = ofOrder(receiver, orderNumber);
				assertThat(requests.stream().map(WebhookReceiver.Received::id).distinct()).hasSize(1);
				String secret = subscription.get("secret").asText();
				assertThat(requests)
					.allSatisfy(request -> assertThat(request.signature()).isEqualTo(sign(secret, request)));
				JsonNode delivery = await().atMost(PATIENCE)
					.until(() -> deliveries(subscription).get(0),
							found -> found.get("status").asText().equals("DELIVERED"));
				assertThat(delivery.get("webhookId").asText()).isEqualTo(requests.get(0).id());
				assertThat(delivery.get("attempts").asInt()).isEqualTo(4);
				assertThat(delivery.get("attemptLog").findValuesAsText("statusCode")).containsExactly("500", "500",
						"500", "200");
				Thread.sleep(500);
				assertThat(ofOrder(receiver, orderNumber)).hasSize(4);
			}
			finally {
				unsubscribe(subscription);
			}
		}
	}

	@Test
	void deliveryFailedAfterTheRetryPeriodIsListedAndCanBeResent() throws Exception {
		try (WebhookReceiver receiver = WebhookReceiver.failingFirst(1000)) {
			JsonNode subscription = subscribe(receiver.url(), "ORDER_PLACED");
			try {
				String orderNumber = api.placed(NewOrder.of(line(newProduct("9.00", 5, 0), 1)));
				// The test profile retries for 3 seconds (orderflow.webhooks.retry-for).
				JsonNode failed = await().atMost(PATIENCE)
					.until(() -> deliveries(subscription).get(0),
							found -> found.get("status").asText().equals("FAILED"));
				assertThat(failed.get("lastStatusCode").asInt()).isEqualTo(500);
				assertThat(failed.get("attempts").asInt()).isGreaterThan(2);
				receiver.heal();

				ResponseEntity<String> resent = api.rest()
					.postForEntity(SUBSCRIPTIONS + "/" + subscription.get("id").asText() + "/deliveries/"
							+ failed.get("id").asText() + "/resend", null, String.class);

				assertThat(resent.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
				await().atMost(PATIENCE)
					.untilAsserted(() -> assertThat(deliveries(subscription).get(0).get("status").asText())
						.isEqualTo("DELIVERED"));
				assertThat(ofOrder(receiver, orderNumber).stream().map(WebhookReceiver.Received::id).distinct())
					.containsExactly(failed.get("webhookId").asText());
				ResponseEntity<String> again = api.rest()
					.postForEntity(SUBSCRIPTIONS + "/" + subscription.get("id").asText() + "/deliveries/"
							+ failed.get("id").asText() + "/resend", null, String.class);
				assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
			}
			finally {
				unsubscribe(subscription);
			}
		}
	}

	@Test
	void subscriptionsAreRegisteredListedAndDeletedByAdministratorsOnlyAndTheSecretIsShownOnce() throws Exception {
		try (WebhookReceiver receiver = WebhookReceiver.answering200()) {
			ResponseEntity<String> created = post(SUBSCRIPTIONS,
					Map.of("targetUrl", receiver.url(), "eventTypes", List.of("ORDER_SHIPPED_NOT_A_TYPE")));
			assertThat(created.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);

			ResponseEntity<String> registered = post(SUBSCRIPTIONS,
					Map.of("targetUrl", receiver.url(), "eventTypes", List.of("ORDER_PLACED")));

			assertThat(registered.getStatusCode()).as(registered.getBody()).isEqualTo(HttpStatus.CREATED);
			JsonNode subscription = json(registered);
			String id = subscription.get("id").asText();
			assertThat(registered.getHeaders().getLocation()).hasToString(SUBSCRIPTIONS + "/" + id);
			assertThat(subscription.get("secret").asText()).startsWith("whsec_");
			JsonNode listed = json(api.rest().getForEntity(SUBSCRIPTIONS, String.class));
			assertThat(listed.findValuesAsText("id")).contains(id);
			assertThat(listed.findValues("secret")).isEmpty();
			assertThat(json(api.rest().getForEntity(SUBSCRIPTIONS + "/" + id, String.class)).has("secret")).isFalse();
			assertThat(api.as("shop").rest().getForEntity(SUBSCRIPTIONS, String.class).getStatusCode())
				.isEqualTo(HttpStatus.FORBIDDEN);
			assertThat(api.as("shop")
				.rest()
				.exchange(SUBSCRIPTIONS + "/" + id, HttpMethod.DELETE, null, String.class)
				.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

			assertThat(api.rest()
				.exchange(SUBSCRIPTIONS + "/" + id, HttpMethod.DELETE, null, String.class)
				.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
			assertThat(api.rest().getForEntity(SUBSCRIPTIONS + "/" + id, String.class).getStatusCode())
				.isEqualTo(HttpStatus.NOT_FOUND);
		}
	}

	@Test
	void invalidSubscriptionIsRefusedNamingTheFieldAndStoresNothing() {
		int before = subscriptionCount();

		ResponseEntity<String> empty = post(SUBSCRIPTIONS, Map.of("targetUrl", "", "eventTypes", List.of()));
		ResponseEntity<String> notHttp = post(SUBSCRIPTIONS,
				Map.of("targetUrl", "ftp://partner.example.com/hooks", "eventTypes", List.of("ORDER_PLACED")));
		ResponseEntity<String> nowhere = post(SUBSCRIPTIONS,
				Map.of("targetUrl", "https://no-such-host.invalid/hooks", "eventTypes", List.of("ORDER_PLACED")));

		assertThat(empty.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(json(empty).get("errors").findValuesAsText("field")).contains("targetUrl", "eventTypes");
		assertThat(notHttp.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(json(notHttp).get("errors").findValuesAsText("field")).containsExactly("targetUrl");
		assertThat(nowhere.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(json(nowhere).get("errors").findValuesAsText("field")).containsExactly("targetUrl");
		assertThat(subscriptionCount()).isEqualTo(before);
	}

	// ---- helpers

	private JsonNode subscribe(String url, String... types) {
		ResponseEntity<String> response = post(SUBSCRIPTIONS, Map.of("targetUrl", url, "eventTypes", List.of(types)));
		assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.CREATED);
		return json(response);
	}

	private void unsubscribe(JsonNode subscription) {
		api.rest().delete(SUBSCRIPTIONS + "/" + subscription.get("id").asText());
	}

	private JsonNode deliveries(JsonNode subscription) {
		ResponseEntity<String> response = api.rest()
			.getForEntity(SUBSCRIPTIONS + "/" + subscription.get("id").asText() + "/deliveries", String.class);
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
		return json(response);
	}

	private ResponseEntity<String> post(String path, Object body) {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_JSON);
		return api.rest().exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers), String.class);
	}

	private int subscriptionCount() {
		return jdbc.sql("select count(*) from webhook_subscription").query(Integer.class).single();
	}

	private static List<WebhookReceiver.Received> ofOrder(WebhookReceiver receiver, String orderNumber) {
		return receiver.received()
			.stream()
			.filter(request -> json(request.body()).at("/data/orderNumber").asText().equals(orderNumber))
			.toList();
	}

	private static List<String> typesFor(WebhookReceiver receiver, String orderNumber) {
		return ofOrder(receiver, orderNumber).stream()
			.map(request -> json(request.body()).get("type").asText())
			.toList();
	}

	/** The receiver's side of Standard Webhooks: the signature it expects. */
	static String sign(String secret, WebhookReceiver.Received request) throws Exception {
		Mac mac = Mac.getInstance("HmacSHA256");
		mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring("whsec_".length())), "HmacSHA256"));
		byte[] digest = mac.doFinal(
				(request.id() + "." + request.timestamp() + "." + request.body()).getBytes(StandardCharsets.UTF_8));
		return "v1," + Base64.getEncoder().encodeToString(digest);
	}

}
