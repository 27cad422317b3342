package io.orderflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.orderflow.system.WebhookSignature;
import org.camunda.bpm.engine.IdentityService;
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
	IdentityService identity;

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
		String sku = newProduct("12.50", 10, 0);
		String orderNumber = placed(order(sku, 2, "COFFEE-1KG", 1));
		runJobs();
		assertThat(status(orderNumber)).isEqualTo("IN_FULFILLMENT");
		assertThat(get(orderNumber).get("paymentStatus").asText()).isEqualTo("AUTHORIZED");
		assertThat(reserved(sku, "BER")).isEqualTo(2);

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
		assertThat(onHand(sku, "BER")).isEqualTo(8);
		assertThat(reserved(sku, "BER")).isZero();
		assertJournalMatchesLevels(sku);

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
	void analystCompletingTheReviewOverTheEngineApiIsNamedOnTheTimeline() throws Exception {
		String orderNumber = placed(order("LAPTOP-14", 1));
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_JSON);

		ResponseEntity<String> completed = anonymous.withBasicAuth("demo", "demo")
			.exchange("/engine-rest/task/" + task(orderNumber, "reviewOrder").getId() + "/complete", HttpMethod.POST,
					new HttpEntity<>("{\"variables\":{\"approved\":{\"value\":true}}}", headers), String.class);

		assertThat(completed.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
		assertThat(get(orderNumber).toString()).contains("Approved by demo");
	}

	@Test
	void orderRejectedInReviewIsRejectedNeverChargedAndTheCustomerIsTold() throws Exception {
		String orderNumber = placed(order("LAPTOP-14", 1));

		tasks.complete(task(orderNumber, "reviewOrder").getId(), Map.of("approved", false));
		runJobs();

		JsonNode order = get(orderNumber);
		assertThat(order.get("status").asText()).isEqualTo("REJECTED");
		assertThat(order.get("paymentStatus").asText()).isEqualTo("PENDING");
		assertThat(ledgerEntries(orderNumber, "AUTHORIZE")).isZero();
		assertThat(customerMessages(orderNumber)).containsExactly("ORDER_REJECTED");
	}

	@Test
	void billingCountryOtherThanShippingCountryIsHeldForReviewWithItsReason() throws Exception {
		String body = withField(order("MUG-CER-350", 1),
				"\"billingAddress\":{\"name\":\"Ada Lovelace\",\"line1\":\"1 Rue X\",\"city\":\"Paris\","
						+ "\"postalCode\":\"75001\",\"country\":\"FR\"}");

		String orderNumber = placed(body);

		JsonNode order = get(orderNumber);
		assertThat(order.get("status").asText()).isEqualTo("UNDER_REVIEW");
		assertThat(order.at("/billingAddress/country").asText()).isEqualTo("FR");
		assertThat(order.toString()).contains("Billing and shipping country differ");
	}

	@Test
	void customerOrderingTenTimesInADayIsBlockedOnTheEleventh() throws Exception {
		List<String> statuses = new ArrayList<>();
		for (int i = 0; i < 11; i++) {
			statuses.add(status(placed(orderBy("C-BURST-" + getClass().getSimpleName(), "burst@example.com", "CABLE-USBC-2M", 1))));
		}

		assertThat(statuses.subList(0, 3)).containsOnly("PLACED");
		assertThat(statuses.subList(3, 10)).containsOnly("UNDER_REVIEW");
		assertThat(statuses.get(10)).isEqualTo("REJECTED");
	}

	@Test
	void reviewNobodyTookWithinItsSlaIsOfferedToCustomerServiceToo() throws Exception {
		String orderNumber = placed(order("LAPTOP-14", 1));

		management.executeJob(jobAt(orderNumber, "reviewOverdue").getId());

		assertThat(candidateGroups(task(orderNumber, "reviewOrder"))).containsExactlyInAnyOrder("fraud-analysts",
				"customer-service");
		assertThat(timelineTypes(get(orderNumber))).contains("REVIEW_ESCALATED");
	}

	@Test
	void declinedCardWaitsForNewDetailsAndGoesOnWithThem() throws Exception {
		String sku = newProduct("9.90", 5, 0);
		String orderNumber = placed(paidWith(order(sku, 2), "CARD", "tok_chargeDeclined"));
		runJobs();

		JsonNode declined = get(orderNumber);
		assertThat(declined.get("status").asText()).isEqualTo("AWAITING_PAYMENT");
		assertThat(declined.get("paymentStatus").asText()).isEqualTo("FAILED");
		assertThat(candidateGroups(task(orderNumber, "resolvePayment"))).containsExactly("customer-service");
		assertThat(customerMessages(orderNumber)).containsExactly("PAYMENT_DECLINED");
		assertThat(reserved(sku, "BER")).isEqualTo(2);

		ResponseEntity<String> updated = postJson("/api/orders/" + orderNumber + "/payment",
				"{\"method\":\"CARD\",\"token\":\"tok_visa\"}");
		assertThat(updated.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
		runJobs();

		JsonNode order = get(orderNumber);
		assertThat(order.get("status").asText()).isEqualTo("IN_FULFILLMENT");
		assertThat(order.get("paymentStatus").asText()).isEqualTo("AUTHORIZED");
		assertThat(ledgerEntries(orderNumber, "AUTHORIZE")).isEqualTo(2);
		assertThat(openTasks(orderNumber, "resolvePayment")).isEmpty();
	}

	@Test
	void declinedCardNotReplacedInTimeCancelsTheOrderAndReleasesItsStock() throws Exception {
		String sku = newProduct("9.90", 5, 0);
		String orderNumber = placed(paidWith(order(sku, 2), "CARD", "tok_insufficientFunds"));
		runJobs();

		management.executeJob(jobAt(orderNumber, "retryWindowOver").getId());
		runJobs();

		JsonNode order = get(orderNumber);
		assertThat(order.get("status").asText()).isEqualTo("CANCELLED");
		assertThat(order.toString()).contains("insufficient_funds", "not replaced in time");
		assertThat(reserved(sku, "BER")).isZero();
		assertJournalMatchesLevels(sku);
	}

	@Test
	void newPaymentDetailsAreRefusedUnlessTheOrderAwaitsThem() throws Exception {
		String orderNumber = placed(order("MUG-CER-350", 1));
		runJobs();

		assertThat(postJson("/api/orders/" + orderNumber + "/payment", "{\"method\":\"CARD\",\"token\":\"tok_visa\"}")
			.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
		assertThat(postJson("/api/orders/" + orderNumber + "/payment", "{\"method\":\"CARD\"}").getStatusCode())
			.isEqualTo(HttpStatus.CONFLICT);
		assertThat(postJson("/api/orders/OF-0/payment", "{\"method\":\"CARD\",\"token\":\"tok_visa\"}")
			.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
	}

	@Test
	void customerServiceSwitchesADeclinedOrderToCashOnDelivery() throws Exception {
		String orderNumber = placed(paidWith(order("MUG-CER-350", 1), "CARD", "tok_chargeDeclined"));
		runJobs();

		tasks.complete(task(orderNumber, "resolvePayment").getId(), Map.of("resolution", "SWITCH_TO_CASH_ON_DELIVERY"));
		runJobs();

		JsonNode order = get(orderNumber);
		assertThat(order.get("status").asText()).isEqualTo("IN_FULFILLMENT");
		assertThat(order.get("paymentMethod").asText()).isEqualTo("CASH_ON_DELIVERY");
	}

	@Test
	void providerOutageEndsInAnIncidentAndRetryingItCompletesTheOrderWithOneAuthorization() throws Exception {
		String orderNumber = placed(paidWith(order("MUG-CER-350", 1), "CARD", "tok_processingError"));
		Job authorize = jobAt(orderNumber, "authorizePayment");
		for (int attempt = 0; attempt < 3; attempt++) {
			assertThatThrownBy(() -> management.executeJob(authorize.getId())).hasStackTraceContaining("HTTP 502");
		}
		assertThat(runtime.createIncidentQuery().processInstanceId(authorize.getProcessInstanceId()).count()).isEqualTo(1);
		assertThat(status(orderNumber)).isEqualTo("PLACED");

		management.setJobRetries(authorize.getId(), 1);
		management.executeJob(authorize.getId());
		runJobs();

		assertThat(status(orderNumber)).isEqualTo("IN_FULFILLMENT");
		assertThat(ledgerEntries(orderNumber, "AUTHORIZE")).isEqualTo(1);
	}

	@Test
	void authorizationOlderThanItsLifetimeIsRenewedBeforeTheCapture() throws Exception {
		String orderNumber = placed(order("SOCKS-3PK", 1));
		runJobs();
		jdbc.sql("update payment set authorized_at = authorized_at - interval '8' day where order_number = ?")
			.param(orderNumber)
			.update();
		jdbc.sql("update payment_gateway_ledger set recorded_at = recorded_at - interval '8' day where idempotency_key like ?")
			.param(orderNumber + ":authorize:%")
			.update();

		shipAllOpenTasks(orderNumber);

		JsonNode order = get(orderNumber);
		assertThat(order.get("paymentStatus").asText()).isEqualTo("CAPTURED");
		assertThat(timelineTypes(order)).containsSubsequence("PAYMENT_REAUTHORIZED", "PAYMENT_CAPTURED");
		assertThat(ledgerEntries(orderNumber, "AUTHORIZE")).isEqualTo(2);
		assertThat(capturedTotal(orderNumber)).isEqualByComparingTo(order.at("/totals/grandTotal").decimalValue());
	}

	@Test
	void walletPaymentIsAuthorizedLikeACard() throws Exception {
		String orderNumber = placed(paidWith(order("MUG-CER-350", 1), "PAYPAL", "tok_paypal"));
		runJobs();

		JsonNode order = get(orderNumber);
		assertThat(order.get("status").asText()).isEqualTo("IN_FULFILLMENT");
		assertThat(order.get("paymentStatus").asText()).isEqualTo("AUTHORIZED");
	}

	@Test
	void cashOnDeliveryShipsUnpaidAndIsRecordedWhenDelivered() throws Exception {
		String orderNumber = placed(paidWith(order("MUG-CER-350", 1), "CASH_ON_DELIVERY", null));
		runJobs();
		assertThat(status(orderNumber)).isEqualTo("IN_FULFILLMENT");
		shipAllOpenTasks(orderNumber);
		assertThat(get(orderNumber).get("paymentStatus").asText()).isEqualTo("PENDING");

		carrierEvent(get(orderNumber).at("/shipments/0/trackingNumber").asText(), "DELIVERED");

		JsonNode order = get(orderNumber);
		assertThat(order.get("status").asText()).isEqualTo("DELIVERED");
		assertThat(order.get("paymentStatus").asText()).isEqualTo("CAPTURED");
		assertThat(ledgerEntries(orderNumber, "AUTHORIZE")).isZero();
	}

	@Test
	void bankTransferOrderShipsOnceTheSignedPaymentEventArrivesAndOnlyOnce() throws Exception {
		String orderNumber = placed(paidWith(order("MUG-CER-350", 1), "BANK_TRANSFER", null));
		JsonNode waiting = get(orderNumber);
		assertThat(waiting.get("status").asText()).isEqualTo("AWAITING_PAYMENT");
		assertThat(customerMessages(orderNumber)).containsExactly("BANK_TRANSFER_REQUESTED");
		String grandTotal = waiting.at("/totals/grandTotal").decimalValue().toPlainString();

		assertThat(paymentEvent("evt-" + orderNumber, orderNumber, "1.00").getStatusCode())
			.isEqualTo(HttpStatus.BAD_REQUEST);
		ResponseEntity<String> settled = paymentEvent("evt-" + orderNumber, orderNumber, grandTotal);
		assertThat(settled.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(settled.getBody()).contains("PROCESSED");
		ResponseEntity<String> again = paymentEvent("evt-" + orderNumber, orderNumber, grandTotal);
		assertThat(again.getBody()).contains("DUPLICATE");
		runJobs();

		JsonNode order = get(orderNumber);
		assertThat(order.get("status").asText()).isEqualTo("IN_FULFILLMENT");
		assertThat(order.get("paymentStatus").asText()).isEqualTo("CAPTURED");
		assertThat(jdbc.sql("select count(*) from payment_event where order_number = ?")
			.param(orderNumber)
			.query(Integer.class)
			.single()).isEqualTo(1);
	}

	@Test
	void paymentEventsAreRefusedWithoutSignatureForUnknownOrdersAndForOrdersNotWaiting() throws Exception {
		String cardOrder = placed(order("MUG-CER-350", 1));
		String body = "{\"eventId\":\"evt-x\",\"orderNumber\":\"%s\",\"amount\":10.00,\"occurredAt\":\"2026-11-20T10:00:00Z\"}"
			.formatted(cardOrder);

		assertThat(postWithSignature("/api/payment-events", body, String.valueOf(Instant.now().getEpochSecond()), "sha256=00")
			.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
		assertThat(paymentEvent("evt-y", "OF-0", "10.00").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(paymentEvent("evt-z", cardOrder, "10.00").getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
	}

	@Test
	void orderNoSingleWarehouseCanFillShipsFromTwoWithOneCaptureEach() throws Exception {
		String sku = newProduct("5.00", 3, 2);
		String orderNumber = placed(order(sku, 4));
		runJobs();

		assertThat(reserved(sku, "BER")).isEqualTo(3);
		assertThat(reserved(sku, "LEJ")).isEqualTo(1);
		assertThat(openTasks(orderNumber, "pickItems")).hasSize(2);
		shipAllOpenTasks(orderNumber);

		JsonNode order = get(orderNumber);
		assertThat(order.get("status").asText()).isEqualTo("SHIPPED");
		assertThat(order.get("shipments")).hasSize(2);
		assertThat(order.get("paymentStatus").asText()).isEqualTo("CAPTURED");
		assertThat(ledgerEntries(orderNumber, "CAPTURE")).isEqualTo(2);
		assertThat(capturedTotal(orderNumber)).isEqualByComparingTo(order.at("/totals/grandTotal").decimalValue());
		assertThat(onHand(sku, "BER")).isZero();
		assertThat(onHand(sku, "LEJ")).isEqualTo(1);
		assertJournalMatchesLevels(sku);
	}

	@Test
	void backorderThatWaitsIsReleasedByAReceiptAndContinuesOnItsOwn() throws Exception {
		String sku = newProduct("7.50", 1, 0);
		String orderNumber = placed(order(sku, 3));

		assertThat(status(orderNumber)).isEqualTo("BACKORDERED");
		Task decision = task(orderNumber, "decideBackorder");
		assertThat(candidateGroups(decision)).containsExactly("customer-service");
		tasks.complete(decision.getId(), Map.of("decision", "WAIT"));
		runJobs();
		assertThat(status(orderNumber)).isEqualTo("BACKORDERED");

		assertThat(receive(sku, "LEJ", 2).getStatusCode()).isEqualTo(HttpStatus.OK);
		runJobs();

		assertThat(status(orderNumber)).isEqualTo("IN_FULFILLMENT");
		assertThat(get(orderNumber).get("paymentStatus").asText()).isEqualTo("AUTHORIZED");
		assertThat(openTasks(orderNumber, "pickItems")).hasSize(2);
		assertJournalMatchesLevels(sku);
		assertThat(customerMessages(orderNumber)).containsExactly("BACKORDERED", "BACKORDER_WAIT", "STOCK_ARRIVED");
	}

	@Test
	void receiptGoesToTheOldestWaitingBackorderFirst() throws Exception {
		String sku = newProduct("7.50", 0, 0);
		String older = placed(order(sku, 2));
		String newer = placed(order(sku, 2));
		tasks.complete(task(older, "decideBackorder").getId(), Map.of("decision", "WAIT"));
		tasks.complete(task(newer, "decideBackorder").getId(), Map.of("decision", "WAIT"));

		receive(sku, "BER", 2);
		runJobs();

		assertThat(status(older)).isEqualTo("IN_FULFILLMENT");
		assertThat(status(newer)).isEqualTo("BACKORDERED");
		assertThat(reserved(sku, "BER")).isEqualTo(2);
	}

	@Test
	void shipAvailableShipsWhatIsThereNowAndTheRestAsASecondShipment() throws Exception {
		String sku = newProduct("10.00", 1, 0);
		String orderNumber = placed(order(sku, 3));
		tasks.complete(task(orderNumber, "decideBackorder").getId(), Map.of("decision", "SHIP_AVAILABLE"));
		runJobs();
		shipAllOpenTasks(orderNumber);

		JsonNode partlyShipped = get(orderNumber);
		assertThat(partlyShipped.get("status").asText()).isEqualTo("IN_FULFILLMENT");
		assertThat(partlyShipped.get("shipments")).hasSize(1);

		receive(sku, "BER", 5);
		runJobs();
		shipAllOpenTasks(orderNumber);

		JsonNode order = get(orderNumber);
		assertThat(order.get("status").asText()).isEqualTo("SHIPPED");
		assertThat(order.get("shipments")).hasSize(2);
		assertThat(order.get("paymentStatus").asText()).isEqualTo("CAPTURED");
		assertThat(capturedTotal(orderNumber)).isEqualByComparingTo(order.at("/totals/grandTotal").decimalValue());
		assertJournalMatchesLevels(sku);
	}

	@Test
	void cancellingShortLinesRepricesTheOrderAndChargesOnlyWhatShips() throws Exception {
		String inStock = newProduct("20.00", 5, 0);
		String missing = newProduct("30.00", 0, 0);
		String orderNumber = placed(order(inStock, 1, missing, 1));
		BigDecimal before = get(orderNumber).at("/totals/grandTotal").decimalValue();

		tasks.complete(task(orderNumber, "decideBackorder").getId(), Map.of("decision", "CANCEL_SHORT_LINES"));
		runJobs();

		JsonNode order = get(orderNumber);
		assertThat(order.get("status").asText()).isEqualTo("IN_FULFILLMENT");
		assertThat(order.at("/totals/subtotal").decimalValue()).isEqualByComparingTo("20.00");
		assertThat(order.at("/totals/grandTotal").decimalValue()).isLessThan(before);
		assertThat(order.at("/lines/1/cancelledQuantity").asInt()).isEqualTo(1);
		assertThat(authorizedAmount(orderNumber)).isEqualByComparingTo(order.at("/totals/grandTotal").decimalValue());
	}

	@Test
	void cancellingTheBackorderCancelsTheOrderAndFreesItsStock() throws Exception {
		String sku = newProduct("10.00", 2, 0);
		String orderNumber = placed(order(sku, 5));
		assertThat(reserved(sku, "BER")).isEqualTo(2);

		tasks.complete(task(orderNumber, "decideBackorder").getId(), Map.of("decision", "CANCEL_ORDER"));
		runJobs();

		assertThat(status(orderNumber)).isEqualTo("CANCELLED");
		assertThat(reserved(sku, "BER")).isZero();
		assertJournalMatchesLevels(sku);
	}

	@Test
	void cancellingShortLinesWhenNothingIsInStockIsRefused() throws Exception {
		String sku = newProduct("10.00", 0, 0);
		String orderNumber = placed(order(sku, 1));
		Task decision = task(orderNumber, "decideBackorder");

		assertThatThrownBy(() -> tasks.complete(decision.getId(), Map.of("decision", "CANCEL_SHORT_LINES")))
			.hasMessageContaining("cancel the order instead");
		assertThat(status(orderNumber)).isEqualTo("BACKORDERED");
	}

	@Test
	void inventoryShowsStockPerWarehouse() throws Exception {
		String sku = newProduct("10.00", 4, 1);
		placed(order(sku, 3));

		JsonNode inventory = json.readTree(demo().getForObject("/api/inventory/" + sku, String.class));

		assertThat(inventory.get("available").asInt()).isEqualTo(2);
		assertThat(inventory.at("/warehouses/0/code").asText()).isEqualTo("BER");
		assertThat(inventory.at("/warehouses/0/onHand").asInt()).isEqualTo(4);
		assertThat(inventory.at("/warehouses/0/reserved").asInt()).isEqualTo(3);
		assertThat(inventory.at("/warehouses/0/available").asInt()).isEqualTo(1);
	}

	@Test
	void stockAdjustmentIsJournaledWithItsReasonButNeverBelowWhatIsReserved() throws Exception {
		String sku = newProduct("10.00", 4, 0);
		placed(order(sku, 3));

		assertThat(adjust(sku, "BER", -1, "Damaged in storage").getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(onHand(sku, "BER")).isEqualTo(3);
		ResponseEntity<String> tooMuch = adjust(sku, "BER", -1, "Miscounted");

		assertThat(tooMuch.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(tooMuch.getBody()).contains("quantity");
		assertThat(onHand(sku, "BER")).isEqualTo(3);
		assertThat(jdbc.sql("select note from stock_movement where sku = ? and movement_type = 'ADJUSTMENT'")
			.param(sku)
			.query(String.class)
			.list()).containsExactly("Damaged in storage");
		assertJournalMatchesLevels(sku);
	}

	@Test
	void invalidInventoryRequestsAreProblems() throws Exception {
		String sku = newProduct("10.00", 1, 0);

		assertThat(demo().getForEntity("/api/inventory/NO-SUCH-SKU", String.class).getStatusCode())
			.isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(receive("NO-SUCH-SKU", "BER", 1).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(receive(sku, "BER", 0).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(receive(sku, "BER", -5).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(receive(sku, "NOWHERE", 5).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(adjust(sku, "BER", 0, "nothing").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(adjust(sku, "BER", 1, "").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(onHand(sku, "BER")).isEqualTo(1);
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
	void orderCancelledWhileBeingPickedFreesItsStockVoidsItsAuthorizationAndTellsTheCustomer() throws Exception {
		String sku = newProduct("12.00", 3, 0);
		String orderNumber = placed(order(sku, 2));
		runJobs();
		assertThat(openTasks(orderNumber, "pickItems")).hasSize(1);
		assertThat(reserved(sku, "BER")).isEqualTo(2);

		ResponseEntity<String> cancelled = cancel(orderNumber, "{\"reason\":\"Ordered the wrong size\"}", null);
		runJobs();

		assertThat(cancelled.getStatusCode()).as(cancelled.getBody()).isEqualTo(HttpStatus.OK);
		assertThat(json.readTree(cancelled.getBody()).get("status").asText()).isEqualTo("CANCELLED");
		JsonNode order = get(orderNumber);
		assertThat(order.get("paymentStatus").asText()).isEqualTo("VOIDED");
		assertThat(order.toString()).contains("Ordered the wrong size");
		assertThat(openTasks(orderNumber, "pickItems")).isEmpty();
		assertThat(reserved(sku, "BER")).isZero();
		assertThat(ledgerEntries(orderNumber, "VOID")).isEqualTo(1);
		assertThat(ledgerEntries(orderNumber, "CAPTURE")).isZero();
		assertThat(customerMessages(orderNumber)).containsExactly("ORDER_CANCELLED");
		assertJournalMatchesLevels(sku);
	}

	@Test
	void orderCancelledDuringFraudReviewLeavesNoReviewBehindAndWasNeverCharged() throws Exception {
		String orderNumber = placed(order("LAPTOP-14", 1));

		assertThat(cancel(orderNumber, "{\"reason\":\"Found it cheaper\"}", null).getStatusCode())
			.isEqualTo(HttpStatus.OK);
		runJobs();

		assertThat(status(orderNumber)).isEqualTo("CANCELLED");
		assertThat(openTasks(orderNumber, "reviewOrder")).isEmpty();
		assertThat(ledgerEntries(orderNumber, "AUTHORIZE")).isZero();
	}

	@Test
	void shippedOrderCannotBeCancelledAndStaysAsItIs() throws Exception {
		String orderNumber = placed(order("SOCKS-3PK", 1));
		runJobs();
		shipAllOpenTasks(orderNumber);
		String before = status(orderNumber);

		ResponseEntity<String> refused = cancel(orderNumber, "{\"reason\":\"Too late\"}", null);

		assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
		assertThat(refused.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(refused.getBody()).contains("return it instead");
		assertThat(status(orderNumber)).isEqualTo(before);
		assertThat(timelineTypes(get(orderNumber))).doesNotContain("CANCELLATION_REQUESTED");
	}

	@Test
	void cancellationNeedsAReasonAndAnOrderThatExists() throws Exception {
		String orderNumber = placed(order("SOCKS-3PK", 1));

		assertThat(cancel(orderNumber, "{\"reason\":\" \"}", null).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(cancel(orderNumber, "{}", null).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(cancel("OF-999999", "{\"reason\":\"x\"}", null).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(status(orderNumber)).isEqualTo("PLACED");
	}

	@Test
	void cancellationRetriedWithItsIdempotencyKeyGetsTheSameAnswerAndCancelsOnce() throws Exception {
		String orderNumber = placed(order("SOCKS-3PK", 1));
		String key = UUID.randomUUID().toString();
		String body = "{\"reason\":\"Duplicate order\"}";
		ExecutorService clients = Executors.newFixedThreadPool(10);
		List<Future<ResponseEntity<String>>> copies = new ArrayList<>();
		for (int i = 0; i < 10; i++) {
			copies.add(clients.submit(() -> cancel(orderNumber, body, key)));
		}
		for (Future<ResponseEntity<String>> copy : copies) {
			ResponseEntity<String> response = copy.get(1, TimeUnit.MINUTES);
			assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
		}
		clients.shutdown();

		assertThat(timelineTypes(get(orderNumber)).stream().filter("CANCELLATION_REQUESTED"::equals)).hasSize(1);
		assertThat(cancel(orderNumber, "{\"reason\":\"Another reason\"}", key).getStatusCode())
			.isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
		assertThat(cancel(orderNumber, body, null).getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
	}

	@Test
	void damagedItemsComeBackOnALabelAreInspectedRestockedAndRefundedWithTheirTax() throws Exception {
		String sku = newProduct("10.00", 5, 0);
		String orderNumber = delivered(order(sku, 3));
		assertThat(onHand(sku, "BER")).isEqualTo(2);
		String body = "{\"reason\":\"DAMAGED\",\"comment\":\"Two arrived broken\",\"lines\":[{\"sku\":\"%s\",\"quantity\":2}]}"
			.formatted(sku);
		String key = UUID.randomUUID().toString();

		ResponseEntity<String> requested = postReturn(orderNumber, body, key);
		ResponseEntity<String> retried = postReturn(orderNumber, body, key);
		runJobs();

		assertThat(requested.getStatusCode()).as(requested.getBody()).isEqualTo(HttpStatus.CREATED);
		String returnNumber = json.readTree(requested.getBody()).get("returnNumber").asText();
		assertThat(json.readTree(retried.getBody()).get("returnNumber").asText()).isEqualTo(returnNumber);
		assertThat(jdbc.sql("select count(*) from return_request where order_number = ?").param(orderNumber)
			.query(Integer.class).single()).isEqualTo(1);
		JsonNode approved = getReturn(returnNumber);
		assertThat(approved.get("status").asText()).isEqualTo("APPROVED");
		assertThat(approved.get("labelTrackingNumber").asText()).startsWith("DHL");
		// 2 × 10.00 plus their share of the order's tax (6.64 on 34.95 of goods and shipping); shipping stays paid
		assertThat(approved.get("refundAmount").decimalValue()).isEqualByComparingTo("23.80");

		assertThat(postJson("/api/returns/" + returnNumber + "/receipt", "").getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
		Task inspection = task(returnNumber, "inspectReturn");
		assertThat(candidateGroups(inspection)).containsExactly("warehouse");
		assertThat(completeAs("wendy", inspection, "{\"itemCondition\":{\"value\":\"RESELLABLE\"}}").getStatusCode())
			.isEqualTo(HttpStatus.NO_CONTENT);
		runJobs();

		JsonNode refunded = getReturn(returnNumber);
		assertThat(refunded.get("status").asText()).isEqualTo("REFUNDED");
		assertThat(refunded.get("itemCondition").asText()).isEqualTo("RESELLABLE");
		assertThat(refunded.get("refundAmount").decimalValue()).isEqualByComparingTo("23.80");
		assertThat(get(orderNumber).get("paymentStatus").asText()).isEqualTo("PARTIALLY_REFUNDED");
		assertThat(jdbc.sql("select count(*) from payment_gateway_ledger where idempotency_key = ? and operation = 'REFUND'")
			.param(returnNumber + ":refund").query(Integer.class).single()).isEqualTo(1);
		assertThat(onHand(sku, "BER")).isEqualTo(4);
		assertJournalMatchesLevels(sku);
		assertThat(customerMessages(orderNumber)).containsSubsequence("RETURN_APPROVED", "RETURN_REFUNDED");
		assertThat(timelineTypes(get(orderNumber))).containsSubsequence("RETURN_REQUESTED", "RETURN_APPROVED",
				"RETURN_RECEIVED", "RETURN_INSPECTED", "RETURN_RESTOCKED", "PAYMENT_REFUNDED", "RETURN_REFUNDED");
	}

	@Test
	void returnOfMoreThanWasShippedOrOfAnotherProductIsRefusedAndStoresNothing() throws Exception {
		String sku = newProduct("10.00", 5, 0);
		String orderNumber = delivered(order(sku, 2));

		ResponseEntity<String> tooMany = postReturn(orderNumber,
				"{\"reason\":\"DAMAGED\",\"lines\":[{\"sku\":\"%s\",\"quantity\":3}]}".formatted(sku), null);
		ResponseEntity<String> otherProduct = postReturn(orderNumber,
				"{\"reason\":\"DAMAGED\",\"lines\":[{\"sku\":\"MUG-CER-350\",\"quantity\":1}]}", null);
		ResponseEntity<String> unknownReason = postReturn(orderNumber,
				"{\"reason\":\"BORED\",\"lines\":[{\"sku\":\"%s\",\"quantity\":1}]}".formatted(sku), null);

		assertThat(tooMany.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(tooMany.getBody()).contains("lines[0].quantity", "only 2");
		assertThat(otherProduct.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(otherProduct.getBody()).contains("lines[0].sku");
		assertThat(unknownReason.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(jdbc.sql("select count(*) from return_request where order_number = ?").param(orderNumber)
			.query(Integer.class).single()).isZero();
	}

	@Test
	void onlyDeliveredOrdersTakeReturnsAndNoItemComesBackTwice() throws Exception {
		String sku = newProduct("10.00", 5, 0);
		String inFulfillment = placed(order(sku, 1));
		runJobs();
		String body = "{\"reason\":\"WRONG_ITEM\",\"lines\":[{\"sku\":\"%s\",\"quantity\":1}]}".formatted(sku);

		assertThat(postReturn(inFulfillment, body, null).getStatusCode()).isEqualTo(HttpStatus.CONFLICT);

		String orderNumber = delivered(order(sku, 1));
		assertThat(postReturn(orderNumber, body, null).getStatusCode()).isEqualTo(HttpStatus.CREATED);
		ResponseEntity<String> again = postReturn(orderNumber, body, null);
		assertThat(again.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(again.getBody()).contains("only 0");
	}

	@Test
	void valuableChangeOfMindGoesToCustomerServiceWhoMayRefuseIt() throws Exception {
		String sku = newProduct("250.00", 2, 0);
		String orderNumber = delivered(order(sku, 1));

		ResponseEntity<String> requested = postReturn(orderNumber,
				"{\"reason\":\"CHANGED_MIND\",\"lines\":[{\"sku\":\"%s\",\"quantity\":1}]}".formatted(sku), null);
		String returnNumber = json.readTree(requested.getBody()).get("returnNumber").asText();
		Task review = task(returnNumber, "reviewReturn");

		assertThat(candidateGroups(review)).containsExactly("customer-service");
		assertThat(completeAs("wendy", review, "{\"approved\":{\"value\":true}}").getStatusCode())
			.isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(completeAs("carla", review, "{\"approved\":{\"value\":false},\"reviewNote\":{\"value\":\"Worn\"}}")
			.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

		assertThat(getReturn(returnNumber).get("status").asText()).isEqualTo("REJECTED");
		assertThat(customerMessages(orderNumber)).contains("RETURN_REJECTED");
		assertThat(get(orderNumber).toString()).contains("Rejected by carla: Worn");
		assertThat(get(orderNumber).get("paymentStatus").asText()).isEqualTo("CAPTURED");
		assertThat(postJson("/api/returns/" + returnNumber + "/receipt", "").getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
	}

	@Test
	void apiDocumentListsEveryEndpointAShopOrWarehouseSystemCalls() throws Exception {
		JsonNode paths = json.readTree(anonymous.getForObject("/v3/api-docs", String.class)).get("paths");

		assertThat(paths.fieldNames()).toIterable()
			.contains("/api/orders", "/api/orders/{orderNumber}", "/api/orders/{orderNumber}/cancel",
					"/api/orders/{orderNumber}/payment", "/api/orders/{orderNumber}/returns",
					"/api/returns/{returnNumber}", "/api/returns/{returnNumber}/receipt", "/api/tracking/{orderNumber}",
					"/api/carrier-events", "/api/payment-events", "/api/inventory/{sku}/receipts");
	}

	@Test
	void retryWithTheSameIdempotencyKeyGetsTheFirstOrderBack() throws Exception {
		String body = order("MUG-CER-350", 1);
		String key = UUID.randomUUID().toString();

		ResponseEntity<String> first = placeWithKey(body, key);
		ResponseEntity<String> retry = placeWithKey(body, key);

		assertThat(first.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		assertThat(retry.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		assertThat(retry.getHeaders().getFirst("Idempotent-Replayed")).isEqualTo("true");
		assertThat(retry.getHeaders().getLocation()).isEqualTo(first.getHeaders().getLocation());
		assertThat(json.readTree(retry.getBody()).get("orderNumber")).isEqualTo(json.readTree(first.getBody()).get("orderNumber"));
		assertThat(ordersOfCustomer(body)).isEqualTo(1);
	}

	@Test
	void idempotencyKeyReusedForAnotherRequestIsRefused() {
		String key = UUID.randomUUID().toString();
		placeWithKey(order("MUG-CER-350", 1), key);

		ResponseEntity<String> other = placeWithKey(order("MUG-CER-350", 2), key);

		assertThat(other.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
		assertThat(other.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
	}

	@Test
	void tenCopiesOfOneRequestSentAtOnceMakeOneOrder() throws Exception {
		String body = order("MUG-CER-350", 1);
		String key = UUID.randomUUID().toString();
		ExecutorService clients = Executors.newFixedThreadPool(10);
		List<Future<ResponseEntity<String>>> copies = new ArrayList<>();
		for (int i = 0; i < 10; i++) {
			copies.add(clients.submit(() -> placeWithKey(body, key)));
		}
		Set<String> orderNumbers = new HashSet<>();
		for (Future<ResponseEntity<String>> copy : copies) {
			ResponseEntity<String> response = copy.get(1, TimeUnit.MINUTES);
			assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.CREATED);
			orderNumbers.add(json.readTree(response.getBody()).get("orderNumber").asText());
		}
		clients.shutdown();

		assertThat(orderNumbers).hasSize(1);
		assertThat(ordersOfCustomer(body)).isEqualTo(1);
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
		assertThat(anonymous.withBasicAuth("shop", "shop").getForEntity("/api/products", String.class)
			.getStatusCode()).isEqualTo(HttpStatus.OK);
	}

	/** Camunda offers its setup page while no administrator exists; Orderflow never does. */
	@Test
	void adminInitialSetupCannotCreateAnAdministratorEvenWhenThereIsNone() {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_JSON);
		String user = "{\"profile\":{\"id\":\"mallory\",\"firstName\":\"M\",\"lastName\":\"M\",\"email\":\"m@x.io\"},"
				+ "\"credentials\":{\"password\":\"mallory\"}}";
		// Pass Camunda's own CSRF check like a browser would, so only Orderflow's rule stands in the way.
		ResponseEntity<String> page = anonymous.getForEntity("/camunda/app/admin/default/", String.class);
		headers.set("X-XSRF-TOKEN", page.getHeaders().getFirst("X-XSRF-TOKEN"));
		page.getHeaders().getOrEmpty(HttpHeaders.SET_COOKIE).forEach(cookie -> headers.add(HttpHeaders.COOKIE,
				cookie.split(";")[0]));
		identity.deleteMembership("demo", "camunda-admin");
		try {
			ResponseEntity<String> response = anonymous.exchange("/camunda/api/admin/setup/default/user/create",
					HttpMethod.POST, new HttpEntity<>(user, headers), String.class);

			assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
			assertThat(identity.createUserQuery().userId("mallory").count()).isZero();
		}
		finally {
			identity.createMembership("demo", "camunda-admin");
		}
	}

	@Test
	void carrierEventWithoutAValidSignatureIsRefusedAndChangesNothing() throws Exception {
		String body = "{\"trackingNumber\":\"DHL0000\",\"type\":\"DELIVERED\",\"occurredAt\":\"2026-01-01T10:00:00Z\"}";
		byte[] raw = body.getBytes(StandardCharsets.UTF_8);
		String now = String.valueOf(Instant.now().getEpochSecond());
		String tenMinutesAgo = String.valueOf(Instant.now().minusSeconds(600).getEpochSecond());
		String path = "/api/carrier-events";

		assertThat(postWithSignature(path, body, now, null).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
		assertThat(postWithSignature(path, body, now, "sha256=" + "0".repeat(64)).getStatusCode())
			.isEqualTo(HttpStatus.UNAUTHORIZED);
		assertThat(postWithSignature(path, body, now, WebhookSignature.sign(now, raw, "wrong-secret")).getStatusCode())
			.isEqualTo(HttpStatus.UNAUTHORIZED);
		assertThat(postWithSignature(path, body, null, WebhookSignature.sign(now, raw, "dev-carrier-secret"))
			.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
		assertThat(postWithSignature(path, body, tenMinutesAgo,
				WebhookSignature.sign(tenMinutesAgo, raw, "dev-carrier-secret")).getStatusCode())
			.isEqualTo(HttpStatus.UNAUTHORIZED);
	}

	@Test
	void replayedCarrierDeliveryIsAcknowledgedButActedOnOnce() throws Exception {
		String orderNumber = placed(order("SOCKS-3PK", 1));
		runJobs();
		shipAllOpenTasks(orderNumber);
		String body = "{\"trackingNumber\":\"%s\",\"type\":\"IN_TRANSIT\",\"occurredAt\":\"2026-11-20T10:00:00Z\"}"
			.formatted(get(orderNumber).at("/shipments/0/trackingNumber").asText());
		String timestamp = String.valueOf(Instant.now().getEpochSecond());
		String signature = WebhookSignature.sign(timestamp, body.getBytes(StandardCharsets.UTF_8), "dev-carrier-secret");

		ResponseEntity<String> first = postWithSignature("/api/carrier-events", body, timestamp, signature);
		ResponseEntity<String> replayed = postWithSignature("/api/carrier-events", body, timestamp, signature);

		assertThat(first.getBody()).contains("\"replay\":false");
		assertThat(replayed.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(replayed.getBody()).contains("\"replay\":true");
		assertThat(timelineTypes(get(orderNumber)).stream().filter("CARRIER_IN_TRANSIT"::equals)).hasSize(1);
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

	ResponseEntity<String> placeWithKey(String body, String idempotencyKey) {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_JSON);
		headers.set("Idempotency-Key", idempotencyKey);
		return demo().exchange("/api/orders", HttpMethod.POST, new HttpEntity<>(body, headers), String.class);
	}

	/** Places the order and takes it through picking, packing, shipping and the carrier's DELIVERED event. */
	String delivered(String body) throws Exception {
		String orderNumber = placed(body);
		runJobs();
		shipAllOpenTasks(orderNumber);
		for (JsonNode shipment : get(orderNumber).get("shipments")) {
			assertThat(carrierEvent(shipment.get("trackingNumber").asText(), "DELIVERED").getStatusCode())
				.isEqualTo(HttpStatus.OK);
		}
		assertThat(status(orderNumber)).isEqualTo("DELIVERED");
		return orderNumber;
	}

	ResponseEntity<String> postReturn(String orderNumber, String body, String idempotencyKey) {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_JSON);
		if (idempotencyKey != null) {
			headers.set("Idempotency-Key", idempotencyKey);
		}
		return demo().exchange("/api/orders/" + orderNumber + "/returns", HttpMethod.POST,
				new HttpEntity<>(body, headers), String.class);
	}

	JsonNode getReturn(String returnNumber) throws Exception {
		return json.readTree(demo().getForObject("/api/returns/" + returnNumber, String.class));
	}

	/** Completes the task over the engine API as the staff member, as Tasklist would. */
	ResponseEntity<String> completeAs(String user, Task task, String variables) {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_JSON);
		return anonymous.withBasicAuth(user, user).exchange("/engine-rest/task/" + task.getId() + "/complete",
				HttpMethod.POST, new HttpEntity<>("{\"variables\":" + variables + "}", headers), String.class);
	}

	ResponseEntity<String> cancel(String orderNumber, String body, String idempotencyKey) {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_JSON);
		if (idempotencyKey != null) {
			headers.set("Idempotency-Key", idempotencyKey);
		}
		return demo().exchange("/api/orders/" + orderNumber + "/cancel", HttpMethod.POST, new HttpEntity<>(body, headers),
				String.class);
	}

	long ordersOfCustomer(String orderBody) throws Exception {
		return jdbc.sql("select count(*) from customer_order where customer_id = ?")
			.param(json.readTree(orderBody).at("/customer/id").asText())
			.query(Long.class)
			.single();
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

	/** An order of a customer of its own, so fraud screening's per-customer rules see a first order. */
	static String order(Object... skuAndQuantity) {
		String customer = UUID.randomUUID().toString().substring(0, 8);
		return orderBy("C-" + customer, "ada." + customer + "@example.com", skuAndQuantity);
	}

	static String orderBy(String customerId, String email, Object... skuAndQuantity) {
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
				 "customer":{"id":"%s","name":"Ada Lovelace","email":"%s"},
				 "shippingAddress":{"name":"Ada Lovelace","line1":"Main St 1","city":"Berlin","postalCode":"10115","country":"DE"},
				 "lines":[%s],
				 "shippingMethod":"STANDARD",
				 "payment":{"method":"CARD","token":"tok_visa"}}""".formatted(customerId, email, lines);
	}

	/** Replaces one top-level field of an order body with {@code "name":value}. */
	String withField(String body, String field) throws Exception {
		Map<String, Object> order = json.readValue(body, Map.class);
		Map<String, Object> replacement = json.readValue("{" + field + "}", Map.class);
		order.putAll(replacement);
		return json.writeValueAsString(order);
	}

	void runJobs() {
		new EngineDriver(management, runtime).runJobs();
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
		return new EngineDriver(management, runtime).jobAt(orderNumber, activityId);
	}

	Job returnWindowJob(String orderNumber) {
		return jobAt(orderNumber, "returnWindowClosed");
	}

	ResponseEntity<String> carrierEvent(String trackingNumber, String type) {
		String body = "{\"trackingNumber\":\"%s\",\"type\":\"%s\",\"occurredAt\":\"2026-11-20T10:00:00Z\"}"
			.formatted(trackingNumber, type);
		return postSigned("/api/carrier-events", body, "dev-carrier-secret");
	}

	static String paidWith(String order, String method, String token) {
		return order.replace("\"payment\":{\"method\":\"CARD\",\"token\":\"tok_visa\"}",
				"\"payment\":{\"method\":\"" + method + "\"" + (token == null ? "" : ",\"token\":\"" + token + "\"") + "}");
	}

	ResponseEntity<String> paymentEvent(String eventId, String orderNumber, String amount) {
		String body = "{\"eventId\":\"%s\",\"orderNumber\":\"%s\",\"amount\":%s,\"occurredAt\":\"2026-11-20T10:00:00Z\"}"
			.formatted(eventId, orderNumber, amount);
		return postSigned("/api/payment-events", body, "dev-payment-secret");
	}

	/** Signed now with the secret, as a well-behaved sender does. */
	ResponseEntity<String> postSigned(String path, String body, String secret) {
		String timestamp = String.valueOf(Instant.now().getEpochSecond());
		return postWithSignature(path, body, timestamp,
				WebhookSignature.sign(timestamp, body.getBytes(StandardCharsets.UTF_8), secret));
	}

	ResponseEntity<String> postWithSignature(String path, String body, String timestamp, String signature) {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_JSON);
		if (timestamp != null) {
			headers.set("X-Orderflow-Timestamp", timestamp);
		}
		if (signature != null) {
			headers.set("X-Orderflow-Signature", signature);
		}
		return anonymous.exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers), String.class);
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

	/** A product of its own for one test, with stock received in BER and LEJ through the API. */
	String newProduct(String price, int inBerlin, int inLeipzig) {
		String sku = TestProducts.create(jdbc, price);
		for (String warehouse : TestProducts.WAREHOUSES) {
			int quantity = warehouse.equals("BER") ? inBerlin : inLeipzig;
			if (quantity > 0) {
				assertThat(receive(sku, warehouse, quantity).getStatusCode()).isEqualTo(HttpStatus.OK);
			}
			else {
				TestProducts.noStock(jdbc, sku, warehouse);
			}
		}
		return sku;
	}

	ResponseEntity<String> receive(String sku, String warehouse, int quantity) {
		return postJson("/api/inventory/" + sku + "/receipts",
				"{\"warehouse\":\"%s\",\"quantity\":%d}".formatted(warehouse, quantity));
	}

	ResponseEntity<String> adjust(String sku, String warehouse, int quantity, String reason) {
		return postJson("/api/inventory/" + sku + "/adjustments",
				"{\"warehouse\":\"%s\",\"quantity\":%d,\"reason\":\"%s\"}".formatted(warehouse, quantity, reason));
	}

	ResponseEntity<String> postJson(String path, String body) {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_JSON);
		return demo().exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers), String.class);
	}

	List<Task> openTasks(String orderNumber, String taskDefinitionKey) {
		return tasks.createTaskQuery()
			.processInstanceBusinessKey(orderNumber)
			.taskDefinitionKey(taskDefinitionKey)
			.list();
	}

	/** Completes every open pick and pack task of the order and runs what follows. */
	void shipAllOpenTasks(String orderNumber) {
		openTasks(orderNumber, "pickItems").forEach(pick -> tasks.complete(pick.getId()));
		openTasks(orderNumber, "packOrder")
			.forEach(pack -> tasks.complete(pack.getId(), Map.of("parcelWeightGrams", 400)));
		runJobs();
	}

	/** Levels are what the journal adds up to, in every warehouse. */
	void assertJournalMatchesLevels(String sku) {
		List<Map<String, Object>> mismatches = jdbc.sql("""
				select l.warehouse_code, l.on_hand, l.reserved
				from stock_level l left join stock_movement m on m.sku = l.sku and m.warehouse_code = l.warehouse_code
				where l.sku = ?
				group by l.warehouse_code, l.on_hand, l.reserved
				having l.on_hand <> coalesce(sum(m.on_hand_delta), 0) or l.reserved <> coalesce(sum(m.reserved_delta), 0)""")
			.param(sku)
			.query()
			.listOfRows();
		assertThat(mismatches).isEmpty();
	}

	BigDecimal capturedTotal(String orderNumber) {
		return jdbc.sql("select coalesce(sum(amount), 0) from payment_gateway_ledger"
				+ " where idempotency_key like ? and operation = 'CAPTURE' and approved")
			.param(orderNumber + ":%")
			.query(BigDecimal.class)
			.single();
	}

	BigDecimal authorizedAmount(String orderNumber) {
		return jdbc.sql("select amount from payment_gateway_ledger"
				+ " where idempotency_key like ? and operation = 'AUTHORIZE' and approved")
			.param(orderNumber + ":authorize:%")
			.query(BigDecimal.class)
			.single();
	}

	List<String> customerMessages(String orderNumber) {
		return jdbc.sql("select template from customer_message where order_number = ? order by id")
			.param(orderNumber)
			.query(String.class)
			.list();
	}

	static List<String> timelineTypes(JsonNode order) {
		return order.get("timeline").findValuesAsText("type");
	}

}
