package io.orderflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.orderflow.security.PartnerSignature;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Orderflow's HTTP API as the tests call it: requests are records serialized by Jackson,
 * answers come back as they are (status, headers, body) or read as JSON. Calls are made
 * as the administrator {@code demo} unless {@link #as(String)} names another user.
 * Remembers the orders and returns it created, whose jobs are the only ones the
 * {@link EngineDriver} runs.
 */
public final class OrderflowApi {

	public static final String CARRIER_EVENTS = "/api/carrier-events";

	public static final String PAYMENT_EVENTS = "/api/payment-events";

	public static final String CARRIER_SECRET = "dev-carrier-secret";

	public static final String PAYMENT_SECRET = "dev-payment-secret";

	/**
	 * When the events the tests send happened; Orderflow records it but does not judge
	 * it.
	 */
	public static final Instant OCCURRED_AT = Instant.parse("2026-11-20T10:00:00Z");

	private static final ObjectMapper JSON = JsonMapper.builder()
		.addModule(new JavaTimeModule())
		.disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
		.enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
		.serializationInclusion(JsonInclude.Include.NON_NULL)
		.build();

	private final TestRestTemplate anonymous;

	private final TestRestTemplate rest;

	private final Set<String> created;

	public OrderflowApi(TestRestTemplate anonymous) {
		this(anonymous, "demo", ConcurrentHashMap.newKeySet());
	}

	private OrderflowApi(TestRestTemplate anonymous, String user, Set<String> created) {
		this.anonymous = anonymous;
		this.rest = anonymous.withBasicAuth(user, user);
		this.created = created;
	}

	/** The same API, called as the user (the demo users' password is their name). */
	public OrderflowApi as(String user) {
		return new OrderflowApi(anonymous, user, created);
	}

	/**
	 * This user's client, for calls the driver has no method for (engine REST queries,
	 * actuator).
	 */
	public TestRestTemplate rest() {
		return rest;
	}

	public TestRestTemplate anonymous() {
		return anonymous;
	}

	/**
	 * The numbers of the orders and returns created through this driver (and its
	 * {@link #as} copies).
	 */
	public Set<String> businessKeys() {
		return Set.copyOf(created);
	}

	// ---- orders

	public ResponseEntity<String> place(NewOrder order) {
		return place(order, null);
	}

	public ResponseEntity<String> place(NewOrder order, String idempotencyKey) {
		return remember(post("/api/orders", order, idempotencyKey), "orderNumber");
	}

	/** Places the order, which must be accepted, and returns its number. */
	public String placed(NewOrder order) {
		ResponseEntity<String> response = place(order);
		assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.CREATED);
		return json(response).get("orderNumber").asText();
	}

	/** Posts the body as it is: for the tests of malformed and hostile input. */
	public ResponseEntity<String> postRaw(String path, String body) {
		return rest.exchange(path, HttpMethod.POST, new HttpEntity<>(body, jsonHeaders(null)), String.class);
	}

	public ResponseEntity<String> getOrder(String orderNumber) {
		return rest.getForEntity("/api/orders/" + orderNumber, String.class);
	}

	public JsonNode order(String orderNumber) {
		return json(rest.getForObject("/api/orders/" + orderNumber, String.class));
	}

	/**
	 * The label of a shipment or return parcel, asked for with the Accept header and,
	 * unless null, {@code ?format=}.
	 */
	public ResponseEntity<byte[]> label(String trackingNumber, String accept, String format) {
		HttpHeaders headers = new HttpHeaders();
		headers.set(HttpHeaders.ACCEPT, accept);
		return rest.exchange(
				"/api/shipments/" + trackingNumber + "/label" + (format == null ? "" : "?format=" + format),
				HttpMethod.GET, new HttpEntity<>(headers), byte[].class);
	}

	public String status(String orderNumber) {
		return order(orderNumber).get("status").asText();
	}

	/** A page of the order list, e.g. {@code "status=UNDER_REVIEW&size=100"}. */
	public JsonNode orders(String query) {
		return json(rest.getForObject("/api/orders?" + query, String.class));
	}

	public ResponseEntity<String> cancel(String orderNumber, String reason) {
		return cancel(orderNumber, reason, null);
	}

	/** Asks to cancel the order; a {@code null} reason is left out of the body. */
	public ResponseEntity<String> cancel(String orderNumber, String reason, String idempotencyKey) {
		return post("/api/orders/" + orderNumber + "/cancel", new Cancellation(reason), idempotencyKey);
	}

	/**
	 * Asks to cancel the order as staff do: a reason for the timeline and the code of
	 * what the customer is told.
	 */
	public ResponseEntity<String> cancel(String orderNumber, String reason, String customerReason,
			String idempotencyKey) {
		return post("/api/orders/" + orderNumber + "/cancel",
				java.util.Map.of("reason", reason, "customerReason", customerReason), idempotencyKey);
	}

	/**
	 * New payment details for an order waiting for them; a {@code null} token is left
	 * out.
	 */
	public ResponseEntity<String> updatePayment(String orderNumber, String method, String token) {
		return post("/api/orders/" + orderNumber + "/payment", new NewOrder.Payment(method, token), null);
	}

	/** The customer's own view of an order, asked for without an account. */
	public ResponseEntity<String> track(String orderNumber, String email) {
		return anonymous.getForEntity("/api/tracking/{n}?email={e}", String.class, orderNumber, email);
	}

	// ---- returns

	public ResponseEntity<String> requestReturn(String orderNumber, NewReturn request) {
		return requestReturn(orderNumber, request, null);
	}

	public ResponseEntity<String> requestReturn(String orderNumber, NewReturn request, String idempotencyKey) {
		return remember(post("/api/orders/" + orderNumber + "/returns", request, idempotencyKey), "returnNumber");
	}

	public JsonNode returnDetails(String returnNumber) {
		return json(rest.getForObject("/api/returns/" + returnNumber, String.class));
	}

	/** The warehouse reports the return's parcel received. */
	public ResponseEntity<String> receiveReturn(String returnNumber) {
		return receiveReturn(returnNumber, null);
	}

	public ResponseEntity<String> receiveReturn(String returnNumber, String idempotencyKey) {
		return rest.exchange("/api/returns/" + returnNumber + "/receipt", HttpMethod.POST,
				new HttpEntity<>("", jsonHeaders(idempotencyKey)), String.class);
	}

	// ---- inventory and catalogue

	public ResponseEntity<String> receive(String sku, String warehouse, int quantity) {
		return receive(sku, warehouse, quantity, null);
	}

	public ResponseEntity<String> receive(String sku, String warehouse, int quantity, String idempotencyKey) {
		return post("/api/inventory/" + sku + "/receipts", new Receipt(warehouse, quantity), idempotencyKey);
	}

	public ResponseEntity<String> adjust(String sku, String warehouse, int quantity, String reason) {
		return adjust(sku, warehouse, quantity, reason, null);
	}

	public ResponseEntity<String> adjust(String sku, String warehouse, int quantity, String reason,
			String idempotencyKey) {
		return post("/api/inventory/" + sku + "/adjustments", new Adjustment(warehouse, quantity, reason),
				idempotencyKey);
	}

	public ResponseEntity<String> assignBin(String sku, String warehouse, String bin) {
		return rest.exchange("/api/inventory/" + sku + "/bins/" + warehouse, HttpMethod.PUT,
				new HttpEntity<>(Map.of("bin", bin), jsonHeaders(null)), String.class);
	}

	public ResponseEntity<String> getInventory(String sku) {
		return rest.getForEntity("/api/inventory/" + sku, String.class);
	}

	public JsonNode inventory(String sku) {
		return json(rest.getForObject("/api/inventory/" + sku, String.class));
	}

	public JsonNode products() {
		return json(rest.getForObject("/api/products", String.class));
	}

	// ---- webhooks: signed, not authenticated as a user

	/**
	 * The carrier reports the parcel, signed now with its secret as a well-behaved
	 * carrier does.
	 */
	public ResponseEntity<String> carrierEvent(String trackingNumber, String type) {
		return postSigned(CARRIER_EVENTS,
				body(new CarrierEvent(trackingNumber, type, Instant.now().truncatedTo(ChronoUnit.SECONDS))),
				CARRIER_SECRET);
	}

	/**
	 * The carrier reports the parcel with its own time and, for a delivery, who signed.
	 */
	public ResponseEntity<String> carrierEvent(String trackingNumber, String type, Instant occurredAt,
			String signedBy) {
		return carrierEvent(new CarrierReport(trackingNumber, type, occurredAt, signedBy, null));
	}

	public ResponseEntity<String> carrierEvent(CarrierReport report) {
		return postSigned(CARRIER_EVENTS, body(report), CARRIER_SECRET);
	}

	/** The bank reports a transfer for the order, signed now with its secret. */
	public ResponseEntity<String> paymentEvent(String eventId, String orderNumber, BigDecimal amount) {
		return postSigned(PAYMENT_EVENTS, body(new PaymentEvent(eventId, orderNumber, amount, OCCURRED_AT)),
				PAYMENT_SECRET);
	}

	/** Posts the body with these signature headers; a {@code null} header is not sent. */
	public ResponseEntity<String> postWebhook(String path, byte[] body, String timestamp, String signature) {
		HttpHeaders headers = jsonHeaders(null);
		if (timestamp != null) {
			headers.set("X-Orderflow-Timestamp", timestamp);
		}
		if (signature != null) {
			headers.set("X-Orderflow-Signature", signature);
		}
		return anonymous.exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers), String.class);
	}

	private ResponseEntity<String> postSigned(String path, byte[] body, String secret) {
		String timestamp = String.valueOf(Instant.now().getEpochSecond());
		return postWebhook(path, body, timestamp, PartnerSignature.sign(timestamp, body, secret));
	}

	// ---- the engine's REST API, as Tasklist calls it

	/** Completes the task as this user over /engine-rest, with the variables' values. */
	public ResponseEntity<String> completeTask(String taskId, Map<String, Object> variables) {
		return post("/engine-rest/task/" + taskId + "/complete", TaskCompletion.of(variables), null);
	}

	/**
	 * Submits the task's form as this user over /engine-rest, as Tasklist does, with the
	 * variables' values.
	 */
	public ResponseEntity<String> submitForm(String taskId, Map<String, Object> variables) {
		return post("/engine-rest/task/" + taskId + "/submit-form", TaskCompletion.of(variables), null);
	}

	/**
	 * The message of the engine REST API's answer to a completion a task listener
	 * refused: a 400 in the API's error body, without the engine's wrapping or a stack
	 * trace.
	 */
	public static String refusal(ResponseEntity<String> response) {
		assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
		JsonNode error = json(response);
		assertThat(error.get("type").asText()).isEqualTo("RefusedInputException");
		assertThat(error.properties()).extracting(Map.Entry::getKey).containsOnly("type", "message", "code");
		assertThat(error.get("message").asText()).doesNotContain("Cannot complete", "Exception while invoking");
		return error.get("message").asText();
	}

	/**
	 * POSTs the body as JSON to the engine's REST API as this user
	 * ({@code /task/{id}/claim}).
	 */
	public ResponseEntity<String> postToEngine(String enginePath, Object request) {
		return post("/engine-rest" + enginePath, request, null);
	}

	// ---- JSON

	/** The request as the JSON bytes sent for it. */
	public static byte[] body(Object request) {
		try {
			return JSON.writeValueAsBytes(request);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	public static JsonNode json(ResponseEntity<String> response) {
		return json(response.getBody());
	}

	public static JsonNode json(String body) {
		try {
			return JSON.readTree(body);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private ResponseEntity<String> post(String path, Object request, String idempotencyKey) {
		return rest.exchange(path, HttpMethod.POST, new HttpEntity<>(body(request), jsonHeaders(idempotencyKey)),
				String.class);
	}

	/** Notes the number of what the answer created, so its jobs are run. */
	private ResponseEntity<String> remember(ResponseEntity<String> response, String numberField) {
		if (response.getStatusCode() == HttpStatus.CREATED) {
			created.add(json(response).get(numberField).asText());
		}
		return response;
	}

	private static HttpHeaders jsonHeaders(String idempotencyKey) {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_JSON);
		if (idempotencyKey != null) {
			headers.set("Idempotency-Key", idempotencyKey);
		}
		return headers;
	}

	public record CarrierEvent(String trackingNumber, String type, Instant occurredAt) {
	}

	public record CarrierReport(String trackingNumber, String type, Instant occurredAt, String signedBy,
			String detail) {
	}

	public record PaymentEvent(String eventId, String orderNumber, BigDecimal amount, Instant occurredAt) {
	}

	record Cancellation(String reason) {
	}

	record Receipt(String warehouse, int quantity) {
	}

	record Adjustment(String warehouse, int quantity, String reason) {
	}

	record TaskCompletion(Map<String, Value> variables) {

		static TaskCompletion of(Map<String, Object> variables) {
			Map<String, Value> values = new LinkedHashMap<>();
			variables.forEach((name, value) -> values.put(name, new Value(value)));
			return new TaskCompletion(values);
		}

	}

	record Value(Object value) {
	}

}
