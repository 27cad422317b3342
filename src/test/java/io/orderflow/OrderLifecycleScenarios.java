package io.orderflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.orderflow.system.WebhookSignature;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * The order lifecycle as its users see it: orders placed and read over HTTP, staff completing their tasks through
 * the engine API, the carrier reporting over its signed webhook. Runs once per database (see the subclasses).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({ "demo", "test" })
@DirtiesContext
abstract class OrderLifecycleScenarios {

	@Autowired
	TestRestTemplate anonymous;

	@Autowired
	TaskService tasks;

	@Autowired
	ManagementService management;

	@Autowired
	RuntimeService runtime;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ObjectMapper json;

	@Test
	void placedOrderIsPricedFromTheCatalogue() throws Exception {
		ResponseEntity<String> response = place(order("MUG-CER-350", 2, "COFFEE-1KG", 1));

		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		JsonNode order = json.readTree(response.getBody());
		String orderNumber = order.get("orderNumber").asText();
		assertThat(response.getHeaders().getLocation()).hasToString("/api/orders/" + orderNumber);
		assertThat(order.get("status").asText()).isEqualTo("PLACED");
		assertThat(order.at("/lines/0/lineTotal").decimalValue()).isEqualByComparingTo("25.00");
		JsonNode totals = order.get("totals");
		assertThat(totals.get("subtotal").decimalValue()).isEqualByComparingTo("51.90");
		assertThat(totals.get("shipping").decimalValue()).isEqualByComparingTo("4.95");
		assertThat(totals.get("tax").decimalValue()).isEqualByComparingTo("10.80");
		assertThat(totals.get("grandTotal").decimalValue()).isEqualByComparingTo("67.65");
	}

	@Test
	void orderReachesDeliveredThroughItsTasksAndASignedCarrierEventAndCompletesAfterTheReturnWindow()
			throws Exception {
		int mugsOnHand = onHand("MUG-CER-350", "BER");
		String orderNumber = placed(order("MUG-CER-350", 2, "COFFEE-1KG", 1));
		runJobs();
		assertThat(status(orderNumber)).isEqualTo("IN_FULFILLMENT");
		assertThat(get(orderNumber).get("paymentStatus").asText()).isEqualTo("AUTHORIZED");
		assertThat(reserved("MUG-CER-350", "BER")).isEqualTo(2);

		Task pick = task(orderNumber, "pickItems");
		assertThat(candidateGroups(pick)).containsExactly("warehouse");
		tasks.complete(pick.getId(), Map.of("allItemsPicked", true));
		tasks.complete(task(orderNumber, "packOrder").getId(), Map.of("parcelWeightGrams", 1450));
		runJobs();

		JsonNode shipped = get(orderNumber);
		assertThat(shipped.get("status").asText()).isEqualTo("SHIPPED");
		assertThat(shipped.get("paymentStatus").asText()).isEqualTo("CAPTURED");
		JsonNode shipment = shipped.at("/shipments/0");
		assertThat(shipment.get("carrier").asText()).isEqualTo("DHL");
		assertThat(shipment.get("service").asText()).isEqualTo("Paket");
		assertThat(onHand("MUG-CER-350", "BER")).isEqualTo(mugsOnHand - 2);
		assertThat(reserved("MUG-CER-350", "BER")).isZero();

		ResponseEntity<String> delivered = carrierEvent(shipment.get("trackingNumber").asText(), "DELIVERED");
		assertThat(delivered.getStatusCode()).isEqualTo(HttpStatus.OK);

		JsonNode order = get(orderNumber);
		assertThat(order.get("status").asText()).isEqualTo("DELIVERED");
		assertThat(order.at("/shipments/0/status").asText()).isEqualTo("DELIVERED");
		assertThat(timelineTypes(order)).containsSubsequence("PLACED", "CONFIRMED", "IN_FULFILLMENT", "SHIPPED",
				"PAYMENT_CAPTURED", "CARRIER_DELIVERED", "DELIVERED");
		assertThat(ledgerEntries(orderNumber, "CAPTURE")).isEqualTo(1);

		management.executeJob(returnWindowJob(orderNumber).getId());
		assertThat(status(orderNumber)).isEqualTo("COMPLETED");
	}

	@Test
	void deliveryReportedBeforeTheDeliveryStageStartedIsNotLost() throws Exception {
		String orderNumber = placed(order("SOCKS-3PK", 1));
		runJobs();
		tasks.complete(task(orderNumber, "pickItems").getId());
		tasks.complete(task(orderNumber, "packOrder").getId(), Map.of("parcelWeightGrams", 300));
		management.executeJob(jobAt(orderNumber, "createShipment").getId());
		String trackingNumber = get(orderNumber).at("/shipments/0/trackingNumber").asText();

		assertThat(carrierEvent(trackingNumber, "DELIVERED").getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(status(orderNumber)).isEqualTo("SHIPPED");
		runJobs();

		assertThat(status(orderNumber)).isEqualTo("DELIVERED");
	}

	@Test
	void highValueOrderWaitsForAFraudAnalystBeforeItIsCharged() throws Exception {
		String orderNumber = placed(order("LAPTOP-14", 1));

		assertThat(status(orderNumber)).isEqualTo("UNDER_REVIEW");
		Task review = task(orderNumber, "reviewOrder");
		assertThat(candidateGroups(review)).containsExactly("fraud-analysts");
		runJobs();
		assertThat(get(orderNumber).get("paymentStatus").asText()).isEqualTo("PENDING");

		tasks.complete(review.getId(), Map.of("approved", true, "reviewNote", "Called the customer"));
		runJobs();

		JsonNode order = get(orderNumber);
		assertThat(order.get("status").asText()).isEqualTo("IN_FULFILLMENT");
		assertThat(order.get("paymentStatus").asText()).isEqualTo("AUTHORIZED");
		assertThat(order.toString()).contains("Approved by", "Called the customer");
	}

	@Test
	void orderRejectedInReviewIsRejectedAndNeverCharged() throws Exception {
		String orderNumber = placed(order("LAPTOP-14", 1));

		tasks.complete(task(orderNumber, "reviewOrder").getId(), Map.of("approved", false));
		runJobs();

		JsonNode order = get(orderNumber);
		assertThat(order.get("status").asText()).isEqualTo("REJECTED");
		assertThat(order.get("paymentStatus").asText()).isEqualTo("PENDING");
		assertThat(ledgerEntries(orderNumber, "AUTHORIZE")).isZero();
	}

	@Test
	void declinedCardCancelsTheOrderWithoutReservingStock() throws Exception {
		String orderNumber = placed(order("BOTTLE-750", 1).replace("tok_visa", "tok_chargeDeclined"));
		runJobs();

		JsonNode order = get(orderNumber);
		assertThat(order.get("status").asText()).isEqualTo("CANCELLED");
		assertThat(order.get("paymentStatus").asText()).isEqualTo("FAILED");
		assertThat(timelineTypes(order)).contains("PAYMENT_DECLINED");
		assertThat(jdbc.sql("select count(*) from stock_reservation where order_number = ?")
			.param(orderNumber)
			.query(Integer.class)
			.single()).isZero();
	}

	@Test
	void orderNoWarehouseCanFillIsCancelledAndItsAuthorizationVoided() throws Exception {
		int available = onHand("GRINDER-BURR", "BER") - reserved("GRINDER-BURR", "BER");
		String orderNumber = placed(order("GRINDER-BURR", available + 1));
		tasks.complete(task(orderNumber, "reviewOrder").getId(), Map.of("approved", true));
		runJobs();

		JsonNode order = get(orderNumber);
		assertThat(order.get("status").asText()).isEqualTo("CANCELLED");
		assertThat(order.get("paymentStatus").asText()).isEqualTo("VOIDED");
		assertThat(reserved("GRINDER-BURR", "BER")).isZero();
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', value = {
			"unknown SKU        | lines[0].sku         | \"lines\":[{\"sku\":\"NO-SUCH-SKU\",\"quantity\":1}]",
			"zero quantity      | lines[0].quantity    | \"lines\":[{\"sku\":\"MUG-CER-350\",\"quantity\":0}]",
			"missing address    | shippingAddress      | \"shippingAddress\":null",
			"bad email          | customer.email       | \"customer\":{\"id\":\"C-9\",\"name\":\"Eve\",\"email\":\"not-an-email\"}",
			"unknown channel    | channel              | \"channel\":\"FAX\"",
			"card without token | payment.token        | \"payment\":{\"method\":\"CARD\"}" })
	void invalidOrderIsRefusedNamingTheFieldAndStoresNothing(String problem, String field, String override)
			throws Exception {
		long ordersBefore = orderCount();
		long instancesBefore = runtime.createProcessInstanceQuery().count();

		ResponseEntity<String> response = place(withField(order("MUG-CER-350", 1), override));

		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(json.readTree(response.getBody()).findValuesAsText("field")).contains(field);
		assertThat(orderCount()).isEqualTo(ordersBefore);
		assertThat(runtime.createProcessInstanceQuery().count()).isEqualTo(instancesBefore);
	}

	@Test
	void malformedJsonIsRefusedAsAProblem() {
		long ordersBefore = orderCount();

		ResponseEntity<String> response = place("{\"channel\": \"WEB\", ");

		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(response.getBody()).contains("\"field\":\"body\"");
		assertThat(orderCount()).isEqualTo(ordersBefore);
	}

	@Test
	void unknownOrderIsANotFoundProblem() {
		ResponseEntity<String> response = demo().getForEntity("/api/orders/OF-0", String.class);

		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
	}

	@Test
	void ordersAreListedNewestFirstAndCanBeFilteredByStatus() throws Exception {
		String older = placed(order("CAP-OLV", 1));
		String newer = placed(order("LAPTOP-14", 1));

		JsonNode all = json.readTree(demo().getForObject("/api/orders?size=100", String.class));
		List<String> numbers = all.get("content").findValuesAsText("orderNumber");
		assertThat(numbers.indexOf(newer)).isLessThan(numbers.indexOf(older));

		JsonNode underReview = json.readTree(demo().getForObject("/api/orders?status=UNDER_REVIEW&size=100", String.class));
		assertThat(underReview.get("content").findValuesAsText("status")).containsOnly("UNDER_REVIEW");
		assertThat(underReview.get("content").findValuesAsText("orderNumber")).contains(newer).doesNotContain(older);
	}

	@Test
	void catalogueListsPricesInTheStoreCurrency() throws Exception {
		JsonNode products = json.readTree(demo().getForObject("/api/products", String.class));

		assertThat(products.size()).isGreaterThanOrEqualTo(20);
		assertThat(products.findValuesAsText("currency")).containsOnly("EUR");
		assertThat(products.findValues("unitPrice")).allSatisfy(price -> assertThat(price.decimalValue()).isPositive());
	}

	/**
	 * Wrong passwords are tried for frank only: Camunda delays further logins of a user after a failed one, and no
	 * other test logs in as frank.
	 */
	@Test
	void apiAndEngineRestRefuseAnonymousAndWrongPasswords() {
		assertThat(anonymous.getForEntity("/api/orders", String.class).getStatusCode())
			.isEqualTo(HttpStatus.UNAUTHORIZED);
		assertThat(anonymous.withBasicAuth("frank", "wrong").getForEntity("/api/products", String.class).getStatusCode())
			.isEqualTo(HttpStatus.UNAUTHORIZED);
		assertThat(anonymous.getForEntity("/engine-rest/task", String.class).getStatusCode())
			.isEqualTo(HttpStatus.UNAUTHORIZED);
		assertThat(anonymous.withBasicAuth("frank", "wrong").getForEntity("/engine-rest/task", String.class)
			.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);

		assertThat(anonymous.withBasicAuth("wendy", "wendy").getForEntity("/engine-rest/task", String.class)
			.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(anonymous.withBasicAuth("carla", "carla").getForEntity("/api/products", String.class)
			.getStatusCode()).isEqualTo(HttpStatus.OK);
	}

	@Test
	void carrierEventWithoutAValidSignatureIsRefusedAndChangesNothing() throws Exception {
		String body = "{\"trackingNumber\":\"DHL0000\",\"type\":\"DELIVERED\",\"occurredAt\":\"2026-01-01T10:00:00Z\"}";

		assertThat(postCarrierEvent(body, null).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
		assertThat(postCarrierEvent(body, "sha256=" + "0".repeat(64)).getStatusCode())
			.isEqualTo(HttpStatus.UNAUTHORIZED);
		assertThat(postCarrierEvent(body, WebhookSignature.sign(body.getBytes(StandardCharsets.UTF_8), "wrong-secret"))
			.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
	}

	@Test
	void carrierEventForAnUnknownTrackingNumberIsNotFound() {
		assertThat(carrierEvent("NO-SUCH-PARCEL", "IN_TRANSIT").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
	}

	// ---- helpers ----

	TestRestTemplate demo() {
		return anonymous.withBasicAuth("demo", "demo");
	}

	ResponseEntity<String> place(String body) {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_JSON);
		return demo().exchange("/api/orders", HttpMethod.POST, new HttpEntity<>(body, headers), String.class);
	}

	String placed(String body) throws Exception {
		ResponseEntity<String> response = place(body);
		assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.CREATED);
		return json.readTree(response.getBody()).get("orderNumber").asText();
	}

	JsonNode get(String orderNumber) throws Exception {
		return json.readTree(demo().getForObject("/api/orders/" + orderNumber, String.class));
	}

	String status(String orderNumber) throws Exception {
		return get(orderNumber).get("status").asText();
	}

	long orderCount() {
		return jdbc.sql("select count(*) from customer_order").query(Long.class).single();
	}

	static String order(Object... skuAndQuantity) {
		StringBuilder lines = new StringBuilder();
		for (int i = 0; i < skuAndQuantity.length; i += 2) {
			lines.append(i == 0 ? "" : ",")
				.append("{\"sku\":\"")
				.append(skuAndQuantity[i])
				.append("\",\"quantity\":")
				.append(skuAndQuantity[i + 1])
				.append('}');
		}
		return """
				{"channel":"WEB",
				 "customer":{"id":"C-1","name":"Ada Lovelace","email":"ada@example.com"},
				 "shippingAddress":{"name":"Ada Lovelace","line1":"Main St 1","city":"Berlin","postalCode":"10115","country":"DE"},
				 "lines":[%s],
				 "shippingMethod":"STANDARD",
				 "payment":{"method":"CARD","token":"tok_visa"}}""".formatted(lines);
	}

	/** Replaces one top-level field of an order body with {@code "name":value}. */
	String withField(String body, String field) throws Exception {
		Map<String, Object> order = json.readValue(body, Map.class);
		Map<String, Object> replacement = json.readValue("{" + field + "}", Map.class);
		order.putAll(replacement);
		return json.writeValueAsString(order);
	}

	/** Runs the asynchronous steps that are due, as the job executor would, until none are left. */
	void runJobs() {
		for (int round = 0; round < 20; round++) {
			List<Job> due = management.createJobQuery().executable().list();
			if (due.isEmpty()) {
				return;
			}
			due.forEach(job -> management.executeJob(job.getId()));
		}
		throw new AssertionError("Jobs keep coming after 20 rounds");
	}

	Task task(String orderNumber, String taskDefinitionKey) {
		Task task = tasks.createTaskQuery()
			.processInstanceBusinessKey(orderNumber)
			.taskDefinitionKey(taskDefinitionKey)
			.singleResult();
		assertThat(task).as("open task %s of %s", taskDefinitionKey, orderNumber).isNotNull();
		return task;
	}

	List<String> candidateGroups(Task task) {
		List<String> groups = new ArrayList<>();
		tasks.getIdentityLinksForTask(task.getId()).forEach(link -> {
			if (link.getGroupId() != null) {
				groups.add(link.getGroupId());
			}
		});
		return groups;
	}

	Job jobAt(String orderNumber, String activityId) {
		List<String> instances = runtime.createProcessInstanceQuery()
			.processInstanceBusinessKey(orderNumber)
			.list()
			.stream()
			.map(instance -> instance.getId())
			.toList();
		return management.createJobQuery()
			.activityId(activityId)
			.list()
			.stream()
			.filter(job -> instances.contains(job.getProcessInstanceId()))
			.findFirst()
			.orElseThrow(() -> new AssertionError("No job at " + activityId + " for " + orderNumber));
	}

	Job returnWindowJob(String orderNumber) {
		return jobAt(orderNumber, "returnWindowClosed");
	}

	ResponseEntity<String> carrierEvent(String trackingNumber, String type) {
		String body = "{\"trackingNumber\":\"%s\",\"type\":\"%s\",\"occurredAt\":\"2026-11-20T10:00:00Z\"}"
			.formatted(trackingNumber, type);
		return postCarrierEvent(body,
				WebhookSignature.sign(body.getBytes(StandardCharsets.UTF_8), "dev-carrier-secret"));
	}

	ResponseEntity<String> postCarrierEvent(String body, String signature) {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_JSON);
		if (signature != null) {
			headers.set("X-Orderflow-Signature", signature);
		}
		return anonymous.exchange("/api/carrier-events", HttpMethod.POST, new HttpEntity<>(body, headers),
				String.class);
	}

	int onHand(String sku, String warehouse) {
		return level("on_hand", sku, warehouse);
	}

	int reserved(String sku, String warehouse) {
		return level("reserved", sku, warehouse);
	}

	private int level(String column, String sku, String warehouse) {
		return jdbc.sql("select " + column + " from stock_level where sku = ? and warehouse_code = ?")
			.params(sku, warehouse)
			.query(Integer.class)
			.single();
	}

	int ledgerEntries(String orderNumber, String operation) {
		return jdbc.sql("select count(*) from payment_gateway_ledger where idempotency_key like ? and operation = ?")
			.params(orderNumber + ":%", operation)
			.query(Integer.class)
			.single();
	}

	static List<String> timelineTypes(JsonNode order) {
		return order.get("timeline").findValuesAsText("type");
	}

	static BigDecimal decimal(JsonNode node) {
		return node.decimalValue();
	}

}
