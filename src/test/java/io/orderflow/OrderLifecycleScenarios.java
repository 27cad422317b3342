package io.orderflow;

import static io.orderflow.NewOrder.line;
import static io.orderflow.OrderflowApi.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import io.orderflow.NewOrder.Address;
import io.orderflow.NewOrder.Customer;
import io.orderflow.OrderflowApi.CarrierEvent;
import io.orderflow.OrderflowApi.PaymentEvent;
import io.orderflow.system.WebhookSignature;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The order lifecycle as its users see it: orders placed and read over HTTP, staff completing their tasks through
 * the engine API, the carrier reporting over its signed webhook. Runs once per database (see the subclasses).
 */
abstract class OrderLifecycleScenarios extends HttpScenarios {

	@Autowired
	ManagementService management;

	@Autowired
	RuntimeService runtime;

	@Autowired
	IdentityService identity;

	@Test
	void placedOrderIsPricedFromTheCatalogue() {
		String mug = newProduct("12.50", 10, 0);
		String coffee = newProduct("26.90", 10, 0);

		ResponseEntity<String> response = api.place(NewOrder.of(line(mug, 2), line(coffee, 1)));

		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		JsonNode order = json(response);
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
	void orderReachesDeliveredThroughItsTasksAndASignedCarrierEventAndCompletesAfterTheReturnWindow() {
		String sku = newProduct("12.50", 10, 0);
		String orderNumber = api.placed(NewOrder.of(line(sku, 2), line(newProduct("26.90", 10, 0), 1)));
		engine.runJobs();
		assertThat(api.status(orderNumber)).isEqualTo("IN_FULFILLMENT");
		assertThat(api.order(orderNumber).get("paymentStatus").asText()).isEqualTo("AUTHORIZED");
		assertThat(books.reserved(sku, "BER")).isEqualTo(2);

		Task pick = engine.task(orderNumber, "pickItems");
		assertThat(engine.candidateGroups(pick)).containsExactly("warehouse");
		engine.complete(pick, Map.of("allItemsPicked", true));
		engine.complete(engine.task(orderNumber, "packOrder"), Map.of("parcelWeightGrams", 1450));
		engine.runJobs();

		JsonNode shipped = api.order(orderNumber);
		assertThat(shipped.get("status").asText()).isEqualTo("SHIPPED");
		assertThat(shipped.get("paymentStatus").asText()).isEqualTo("CAPTURED");
		JsonNode shipment = shipped.at("/shipments/0");
		assertThat(shipment.get("carrier").asText()).isEqualTo("DHL");
		assertThat(shipment.get("service").asText()).isEqualTo("Paket");
		assertThat(books.onHand(sku, "BER")).isEqualTo(8);
		assertThat(books.reserved(sku, "BER")).isZero();
		books.assertJournalMatchesLevels(sku);

		ResponseEntity<String> delivered = api.carrierEvent(shipment.get("trackingNumber").asText(), "DELIVERED");
		assertThat(delivered.getStatusCode()).isEqualTo(HttpStatus.OK);

		JsonNode order = api.order(orderNumber);
		assertThat(order.get("status").asText()).isEqualTo("DELIVERED");
		assertThat(order.at("/shipments/0/status").asText()).isEqualTo("DELIVERED");
		assertThat(timelineTypes(order)).containsSubsequence("PLACED", "CONFIRMED", "IN_FULFILLMENT", "SHIPPED",
				"PAYMENT_CAPTURED", "CARRIER_DELIVERED", "DELIVERED");
		assertThat(books.ledgerEntries(orderNumber, "CAPTURE")).isEqualTo(1);

		engine.execute(engine.jobAt(orderNumber, "returnWindowClosed"));
		assertThat(api.status(orderNumber)).isEqualTo("COMPLETED");
	}

	@Test
	void deliveryReportedBeforeTheDeliveryStageStartedIsNotLost() {
		String orderNumber = api.placed(NewOrder.of(line(newProduct("24.50", 5, 0), 1)));
		engine.runJobs();
		engine.complete(engine.task(orderNumber, "pickItems"));
		engine.complete(engine.task(orderNumber, "packOrder"), Map.of("parcelWeightGrams", 300));
		engine.execute(engine.jobAt(orderNumber, "createShipment"));
		String trackingNumber = api.order(orderNumber).at("/shipments/0/trackingNumber").asText();

		assertThat(api.carrierEvent(trackingNumber, "DELIVERED").getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(api.status(orderNumber)).isEqualTo("SHIPPED");
		engine.runJobs();

		assertThat(api.status(orderNumber)).isEqualTo("DELIVERED");
	}

	@Test
	void highValueOrderWaitsForAFraudAnalystBeforeItIsCharged() {
		String orderNumber = api.placed(NewOrder.of(line(newProduct("1299.00", 5, 0), 1)));

		assertThat(api.status(orderNumber)).isEqualTo("UNDER_REVIEW");
		Task review = engine.task(orderNumber, "reviewOrder");
		assertThat(engine.candidateGroups(review)).containsExactly("fraud-analysts");
		engine.runJobs();
		assertThat(api.order(orderNumber).get("paymentStatus").asText()).isEqualTo("PENDING");

		engine.complete(review, Map.of("approved", true, "reviewNote", "Called the customer"));
		engine.runJobs();

		JsonNode order = api.order(orderNumber);
		assertThat(order.get("status").asText()).isEqualTo("IN_FULFILLMENT");
		assertThat(order.get("paymentStatus").asText()).isEqualTo("AUTHORIZED");
		assertThat(order.toString()).contains("Approved by", "Called the customer");
	}

	@Test
	void analystCompletingTheReviewOverTheEngineApiIsNamedOnTheTimeline() {
		String orderNumber = api.placed(NewOrder.of(line(newProduct("1299.00", 5, 0), 1)));

		ResponseEntity<String> completed = api.completeTask(engine.task(orderNumber, "reviewOrder").getId(),
				Map.of("approved", true));

		assertThat(completed.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
		assertThat(api.order(orderNumber).toString()).contains("Approved by demo");
	}

	@Test
	void orderRejectedInReviewIsRejectedNeverChargedAndTheCustomerIsTold() {
		String orderNumber = api.placed(NewOrder.of(line(newProduct("1299.00", 5, 0), 1)));

		engine.complete(engine.task(orderNumber, "reviewOrder"), Map.of("approved", false));
		engine.runJobs();

		JsonNode order = api.order(orderNumber);
		assertThat(order.get("status").asText()).isEqualTo("REJECTED");
		assertThat(order.get("paymentStatus").asText()).isEqualTo("PENDING");
		assertThat(books.ledgerEntries(orderNumber, "AUTHORIZE")).isZero();
		assertThat(books.customerMessages(orderNumber)).containsExactly("ORDER_REJECTED");
	}

	@Test
	void billingCountryOtherThanShippingCountryIsHeldForReviewWithItsReason() {
		NewOrder billedInParis = NewOrder.of(line(newProduct("12.50", 5, 0), 1))
			.billedTo(new Address("Ada Lovelace", "1 Rue X", "Paris", "75001", "FR"));

		String orderNumber = api.placed(billedInParis);

		JsonNode order = api.order(orderNumber);
		assertThat(order.get("status").asText()).isEqualTo("UNDER_REVIEW");
		assertThat(order.at("/billingAddress/country").asText()).isEqualTo("FR");
		assertThat(order.toString()).contains("Billing and shipping country differ");
	}

	@Test
	void customerOrderingTenTimesInADayIsBlockedOnTheEleventh() {
		String cable = newProduct("14.90", 20, 0);
		String id = UUID.randomUUID().toString().substring(0, 8);
		Customer burst = new Customer("C-BURST-" + id, "Ada Lovelace", "burst." + id + "@example.com");
		List<String> statuses = new ArrayList<>();
		for (int i = 0; i < 11; i++) {
			statuses.add(api.status(api.placed(NewOrder.of(line(cable, 1)).by(burst))));
		}

		assertThat(statuses.subList(0, 3)).containsOnly("PLACED");
		assertThat(statuses.subList(3, 10)).containsOnly("UNDER_REVIEW");
		assertThat(statuses.get(10)).isEqualTo("REJECTED");
	}

	@Test
	void reviewNobodyTookWithinItsSlaIsOfferedToCustomerServiceToo() {
		String orderNumber = api.placed(NewOrder.of(line(newProduct("1299.00", 5, 0), 1)));

		engine.execute(engine.jobAt(orderNumber, "reviewOverdue"));

		assertThat(engine.candidateGroups(engine.task(orderNumber, "reviewOrder")))
			.containsExactlyInAnyOrder("fraud-analysts", "customer-service");
		assertThat(timelineTypes(api.order(orderNumber))).contains("REVIEW_ESCALATED");
	}

	@Test
	void declinedCardWaitsForNewDetailsAndGoesOnWithThem() {
		String sku = newProduct("9.90", 5, 0);
		String orderNumber = api.placed(NewOrder.of(line(sku, 2)).paidWith("CARD", "tok_chargeDeclined"));
		engine.runJobs();

		JsonNode declined = api.order(orderNumber);
		assertThat(declined.get("status").asText()).isEqualTo("AWAITING_PAYMENT");
		assertThat(declined.get("paymentStatus").asText()).isEqualTo("FAILED");
		assertThat(engine.candidateGroups(engine.task(orderNumber, "resolvePayment")))
			.containsExactly("customer-service");
		assertThat(books.customerMessages(orderNumber)).containsExactly("PAYMENT_DECLINED");
		assertThat(books.reserved(sku, "BER")).isEqualTo(2);

		ResponseEntity<String> updated = api.updatePayment(orderNumber, "CARD", "tok_visa");
		assertThat(updated.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
		engine.runJobs();

		JsonNode order = api.order(orderNumber);
		assertThat(order.get("status").asText()).isEqualTo("IN_FULFILLMENT");
		assertThat(order.get("paymentStatus").asText()).isEqualTo("AUTHORIZED");
		assertThat(books.ledgerEntries(orderNumber, "AUTHORIZE")).isEqualTo(2);
		assertThat(engine.openTasks(orderNumber, "resolvePayment")).isEmpty();
	}

	@Test
	void declinedCardNotReplacedInTimeCancelsTheOrderAndReleasesItsStock() {
		String sku = newProduct("9.90", 5, 0);
		String orderNumber = api.placed(NewOrder.of(line(sku, 2)).paidWith("CARD", "tok_insufficientFunds"));
		engine.runJobs();

		engine.execute(engine.jobAt(orderNumber, "retryWindowOver"));
		engine.runJobs();

		JsonNode order = api.order(orderNumber);
		assertThat(order.get("status").asText()).isEqualTo("CANCELLED");
		assertThat(order.toString()).contains("insufficient_funds", "not replaced in time");
		assertThat(books.reserved(sku, "BER")).isZero();
		books.assertJournalMatchesLevels(sku);
	}

	@Test
	void newPaymentDetailsAreRefusedUnlessTheOrderAwaitsThem() {
		String orderNumber = api.placed(NewOrder.of(line(newProduct("12.50", 5, 0), 1)));
		engine.runJobs();

		assertThat(api.updatePayment(orderNumber, "CARD", "tok_visa").getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
		assertThat(api.updatePayment(orderNumber, "CARD", null).getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
		assertThat(api.updatePayment("OF-0", "CARD", "tok_visa").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
	}

	@Test
	void customerServiceSwitchesADeclinedOrderToCashOnDelivery() {
		String mug = newProduct("12.50", 5, 0);
		String orderNumber = api.placed(NewOrder.of(line(mug, 1)).paidWith("CARD", "tok_chargeDeclined"));
		engine.runJobs();

		engine.complete(engine.task(orderNumber, "resolvePayment"),
				Map.of("resolution", "SWITCH_TO_CASH_ON_DELIVERY"));
		engine.runJobs();

		JsonNode order = api.order(orderNumber);
		assertThat(order.get("status").asText()).isEqualTo("IN_FULFILLMENT");
		assertThat(order.get("paymentMethod").asText()).isEqualTo("CASH_ON_DELIVERY");
	}

	@Test
	void providerOutageEndsInAnIncidentAndRetryingItCompletesTheOrderWithOneAuthorization() {
		String mug = newProduct("12.50", 5, 0);
		String orderNumber = api.placed(NewOrder.of(line(mug, 1)).paidWith("CARD", "tok_processingError"));
		Job authorize = engine.jobAt(orderNumber, "authorizePayment");
		for (int attempt = 0; attempt < 3; attempt++) {
			assertThatThrownBy(() -> engine.execute(authorize)).hasStackTraceContaining("HTTP 502");
		}
		assertThat(runtime.createIncidentQuery().processInstanceId(authorize.getProcessInstanceId()).count())
			.isEqualTo(1);
		assertThat(api.status(orderNumber)).isEqualTo("PLACED");

		management.setJobRetries(authorize.getId(), 1);
		engine.execute(authorize);
		engine.runJobs();

		assertThat(api.status(orderNumber)).isEqualTo("IN_FULFILLMENT");
		assertThat(books.ledgerEntries(orderNumber, "AUTHORIZE")).isEqualTo(1);
	}

	@Test
	void authorizationOlderThanItsLifetimeIsRenewedBeforeTheCapture() {
		String orderNumber = api.placed(NewOrder.of(line(newProduct("24.50", 5, 0), 1)));
		engine.runJobs();
		jdbc.sql("update payment set authorized_at = authorized_at - interval '8' day where order_number = ?")
			.param(orderNumber)
			.update();
		jdbc.sql("update payment_gateway_ledger set recorded_at = recorded_at - interval '8' day"
				+ " where idempotency_key like ?")
			.param(orderNumber + ":authorize:%")
			.update();

		engine.shipAllOpenTasks(orderNumber);

		JsonNode order = api.order(orderNumber);
		assertThat(order.get("paymentStatus").asText()).isEqualTo("CAPTURED");
		assertThat(timelineTypes(order)).containsSubsequence("PAYMENT_REAUTHORIZED", "PAYMENT_CAPTURED");
		assertThat(books.ledgerEntries(orderNumber, "AUTHORIZE")).isEqualTo(2);
		assertThat(books.capturedTotal(orderNumber))
			.isEqualByComparingTo(order.at("/totals/grandTotal").decimalValue());
	}

	@Test
	void walletPaymentIsAuthorizedLikeACard() {
		String mug = newProduct("12.50", 5, 0);
		String orderNumber = api.placed(NewOrder.of(line(mug, 1)).paidWith("PAYPAL", "tok_paypal"));
		engine.runJobs();

		JsonNode order = api.order(orderNumber);
		assertThat(order.get("status").asText()).isEqualTo("IN_FULFILLMENT");
		assertThat(order.get("paymentStatus").asText()).isEqualTo("AUTHORIZED");
	}

	@Test
	void cashOnDeliveryShipsUnpaidAndIsRecordedWhenDelivered() {
		String mug = newProduct("12.50", 5, 0);
		String orderNumber = api.placed(NewOrder.of(line(mug, 1)).paidWith("CASH_ON_DELIVERY", null));
		engine.runJobs();
		assertThat(api.status(orderNumber)).isEqualTo("IN_FULFILLMENT");
		engine.shipAllOpenTasks(orderNumber);
		assertThat(api.order(orderNumber).get("paymentStatus").asText()).isEqualTo("PENDING");

		api.carrierEvent(api.order(orderNumber).at("/shipments/0/trackingNumber").asText(), "DELIVERED");

		JsonNode order = api.order(orderNumber);
		assertThat(order.get("status").asText()).isEqualTo("DELIVERED");
		assertThat(order.get("paymentStatus").asText()).isEqualTo("CAPTURED");
		assertThat(books.ledgerEntries(orderNumber, "AUTHORIZE")).isZero();
	}

	@Test
	void bankTransferOrderShipsOnceTheSignedPaymentEventArrivesAndOnlyOnce() {
		String mug = newProduct("12.50", 5, 0);
		String orderNumber = api.placed(NewOrder.of(line(mug, 1)).paidWith("BANK_TRANSFER", null));
		JsonNode waiting = api.order(orderNumber);
		assertThat(waiting.get("status").asText()).isEqualTo("AWAITING_PAYMENT");
		assertThat(books.customerMessages(orderNumber)).containsExactly("BANK_TRANSFER_REQUESTED");
		BigDecimal grandTotal = waiting.at("/totals/grandTotal").decimalValue();

		assertThat(api.paymentEvent("evt-" + orderNumber, orderNumber, new BigDecimal("1.00")).getStatusCode())
			.isEqualTo(HttpStatus.BAD_REQUEST);
		ResponseEntity<String> settled = api.paymentEvent("evt-" + orderNumber, orderNumber, grandTotal);
		assertThat(settled.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(settled.getBody()).contains("PROCESSED");
		ResponseEntity<String> again = api.paymentEvent("evt-" + orderNumber, orderNumber, grandTotal);
		assertThat(again.getBody()).contains("DUPLICATE");
		engine.runJobs();

		JsonNode order = api.order(orderNumber);
		assertThat(order.get("status").asText()).isEqualTo("IN_FULFILLMENT");
		assertThat(order.get("paymentStatus").asText()).isEqualTo("CAPTURED");
		assertThat(jdbc.sql("select count(*) from payment_event where order_number = ?")
			.param(orderNumber)
			.query(Integer.class)
			.single()).isEqualTo(1);
	}

	@Test
	void paymentEventsAreRefusedWithoutSignatureForUnknownOrdersAndForOrdersNotWaiting() {
		String cardOrder = api.placed(NewOrder.of(line(newProduct("12.50", 5, 0), 1)));
		BigDecimal amount = new BigDecimal("10.00");
		byte[] body = OrderflowApi.body(new PaymentEvent("evt-x", cardOrder, amount, OrderflowApi.OCCURRED_AT));

		assertThat(api.postWebhook(OrderflowApi.PAYMENT_EVENTS, body, String.valueOf(Instant.now().getEpochSecond()),
				"sha256=00")
			.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
		assertThat(api.paymentEvent("evt-y", "OF-0", amount).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(api.paymentEvent("evt-z", cardOrder, amount).getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
	}

	@Test
	void orderNoSingleWarehouseCanFillShipsFromTwoWithOneCaptureEach() {
		String sku = newProduct("5.00", 3, 2);
		String orderNumber = api.placed(NewOrder.of(line(sku, 4)));
		engine.runJobs();

		assertThat(books.reserved(sku, "BER")).isEqualTo(3);
		assertThat(books.reserved(sku, "LEJ")).isEqualTo(1);
		assertThat(engine.openTasks(orderNumber, "pickItems")).hasSize(2);
		engine.shipAllOpenTasks(orderNumber);

		JsonNode order = api.order(orderNumber);
		assertThat(order.get("status").asText()).isEqualTo("SHIPPED");
		assertThat(order.get("shipments")).hasSize(2);
		assertThat(order.get("paymentStatus").asText()).isEqualTo("CAPTURED");
		assertThat(books.ledgerEntries(orderNumber, "CAPTURE")).isEqualTo(2);
		assertThat(books.capturedTotal(orderNumber))
			.isEqualByComparingTo(order.at("/totals/grandTotal").decimalValue());
		assertThat(books.onHand(sku, "BER")).isZero();
		assertThat(books.onHand(sku, "LEJ")).isEqualTo(1);
		books.assertJournalMatchesLevels(sku);
	}

	@Test
	void backorderThatWaitsIsReleasedByAReceiptAndContinuesOnItsOwn() {
		String sku = newProduct("7.50", 1, 0);
		String orderNumber = api.placed(NewOrder.of(line(sku, 3)));

		assertThat(api.status(orderNumber)).isEqualTo("BACKORDERED");
		Task decision = engine.task(orderNumber, "decideBackorder");
		assertThat(engine.candidateGroups(decision)).containsExactly("customer-service");
		engine.complete(decision, Map.of("decision", "WAIT"));
		engine.runJobs();
		assertThat(api.status(orderNumber)).isEqualTo("BACKORDERED");

		assertThat(api.receive(sku, "LEJ", 2).getStatusCode()).isEqualTo(HttpStatus.OK);
		engine.runJobs();

		assertThat(api.status(orderNumber)).isEqualTo("IN_FULFILLMENT");
		assertThat(api.order(orderNumber).get("paymentStatus").asText()).isEqualTo("AUTHORIZED");
		assertThat(engine.openTasks(orderNumber, "pickItems")).hasSize(2);
		books.assertJournalMatchesLevels(sku);
		assertThat(books.customerMessages(orderNumber)).containsExactly("BACKORDERED", "BACKORDER_WAIT",
				"STOCK_ARRIVED");
	}

	@Test
	void receiptGoesToTheOldestWaitingBackorderFirst() {
		String sku = newProduct("7.50", 0, 0);
		String older = api.placed(NewOrder.of(line(sku, 2)));
		String newer = api.placed(NewOrder.of(line(sku, 2)));
		engine.complete(engine.task(older, "decideBackorder"), Map.of("decision", "WAIT"));
		engine.complete(engine.task(newer, "decideBackorder"), Map.of("decision", "WAIT"));

		api.receive(sku, "BER", 2);
		engine.runJobs();

		assertThat(api.status(older)).isEqualTo("IN_FULFILLMENT");
		assertThat(api.status(newer)).isEqualTo("BACKORDERED");
		assertThat(books.reserved(sku, "BER")).isEqualTo(2);
	}

	@Test
	void shipAvailableShipsWhatIsThereNowAndTheRestAsASecondShipment() {
		String sku = newProduct("10.00", 1, 0);
		String orderNumber = api.placed(NewOrder.of(line(sku, 3)));
		engine.complete(engine.task(orderNumber, "decideBackorder"), Map.of("decision", "SHIP_AVAILABLE"));
		engine.runJobs();
		engine.shipAllOpenTasks(orderNumber);

		JsonNode partlyShipped = api.order(orderNumber);
		assertThat(partlyShipped.get("status").asText()).isEqualTo("IN_FULFILLMENT");
		assertThat(partlyShipped.get("shipments")).hasSize(1);

		api.receive(sku, "BER", 5);
		engine.runJobs();
		engine.shipAllOpenTasks(orderNumber);

		JsonNode order = api.order(orderNumber);
		assertThat(order.get("status").asText()).isEqualTo("SHIPPED");
		assertThat(order.get("shipments")).hasSize(2);
		assertThat(order.get("paymentStatus").asText()).isEqualTo("CAPTURED");
		assertThat(books.capturedTotal(orderNumber))
			.isEqualByComparingTo(order.at("/totals/grandTotal").decimalValue());
		books.assertJournalMatchesLevels(sku);
	}

	@Test
	void cancellingShortLinesRepricesTheOrderAndChargesOnlyWhatShips() {
		String inStock = newProduct("20.00", 5, 0);
		String missing = newProduct("30.00", 0, 0);
		String orderNumber = api.placed(NewOrder.of(line(inStock, 1), line(missing, 1)));
		BigDecimal before = api.order(orderNumber).at("/totals/grandTotal").decimalValue();

		engine.complete(engine.task(orderNumber, "decideBackorder"), Map.of("decision", "CANCEL_SHORT_LINES"));
		engine.runJobs();

		JsonNode order = api.order(orderNumber);
		assertThat(order.get("status").asText()).isEqualTo("IN_FULFILLMENT");
		assertThat(order.at("/totals/subtotal").decimalValue()).isEqualByComparingTo("20.00");
		assertThat(order.at("/totals/grandTotal").decimalValue()).isLessThan(before);
		assertThat(order.at("/lines/1/cancelledQuantity").asInt()).isEqualTo(1);
		assertThat(books.authorizedAmount(orderNumber))
			.isEqualByComparingTo(order.at("/totals/grandTotal").decimalValue());
	}

	@Test
	void cancellingTheBackorderCancelsTheOrderAndFreesItsStock() {
		String sku = newProduct("10.00", 2, 0);
		String orderNumber = api.placed(NewOrder.of(line(sku, 5)));
		assertThat(books.reserved(sku, "BER")).isEqualTo(2);

		engine.complete(engine.task(orderNumber, "decideBackorder"), Map.of("decision", "CANCEL_ORDER"));
		engine.runJobs();

		assertThat(api.status(orderNumber)).isEqualTo("CANCELLED");
		assertThat(books.reserved(sku, "BER")).isZero();
		books.assertJournalMatchesLevels(sku);
	}

	@Test
	void cancellingShortLinesWhenNothingIsInStockIsRefused() {
		String sku = newProduct("10.00", 0, 0);
		String orderNumber = api.placed(NewOrder.of(line(sku, 1)));
		Task decision = engine.task(orderNumber, "decideBackorder");

		assertThatThrownBy(() -> engine.complete(decision, Map.of("decision", "CANCEL_SHORT_LINES")))
			.hasMessageContaining("cancel the order instead");
		assertThat(api.status(orderNumber)).isEqualTo("BACKORDERED");
	}

	@Test
	void inventoryShowsStockPerWarehouse() {
		String sku = newProduct("10.00", 4, 1);
		api.placed(NewOrder.of(line(sku, 3)));

		JsonNode inventory = api.inventory(sku);

		assertThat(inventory.get("available").asInt()).isEqualTo(2);
		assertThat(inventory.at("/warehouses/0/code").asText()).isEqualTo("BER");
		assertThat(inventory.at("/warehouses/0/onHand").asInt()).isEqualTo(4);
		assertThat(inventory.at("/warehouses/0/reserved").asInt()).isEqualTo(3);
		assertThat(inventory.at("/warehouses/0/available").asInt()).isEqualTo(1);
	}

	@Test
	void stockAdjustmentIsJournaledWithItsReasonButNeverBelowWhatIsReserved() {
		String sku = newProduct("10.00", 4, 0);
		api.placed(NewOrder.of(line(sku, 3)));

		assertThat(api.adjust(sku, "BER", -1, "Damaged in storage").getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(books.onHand(sku, "BER")).isEqualTo(3);
		ResponseEntity<String> tooMuch = api.adjust(sku, "BER", -1, "Miscounted");

		assertThat(tooMuch.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(tooMuch.getBody()).contains("quantity");
		assertThat(books.onHand(sku, "BER")).isEqualTo(3);
		assertThat(jdbc.sql("select note from stock_movement where sku = ? and movement_type = 'ADJUSTMENT'")
			.param(sku)
			.query(String.class)
			.list()).containsExactly("Damaged in storage");
		books.assertJournalMatchesLevels(sku);
	}

	@Test
	void invalidInventoryRequestsAreProblems() {
		String sku = newProduct("10.00", 1, 0);

		assertThat(api.getInventory("NO-SUCH-SKU").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(api.receive("NO-SUCH-SKU", "BER", 1).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(api.receive(sku, "BER", 0).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(api.receive(sku, "BER", -5).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(api.receive(sku, "NOWHERE", 5).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(api.adjust(sku, "BER", 0, "nothing").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(api.adjust(sku, "BER", 1, "").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(books.onHand(sku, "BER")).isEqualTo(1);
	}

	/** Each stores nothing, so the demo catalogue's mug will do for the valid line. */
	static Stream<Arguments> invalidOrders() {
		NewOrder valid = NewOrder.of(line("MUG-CER-350", 1));
		return Stream.of(arguments("unknown SKU", "lines[0].sku", valid.withLines(line("NO-SUCH-SKU", 1))),
				arguments("zero quantity", "lines[0].quantity", valid.withLines(line("MUG-CER-350", 0))),
				arguments("missing address", "shippingAddress", valid.shippedTo(null)),
				arguments("bad email", "customer.email", valid.by(new Customer("C-9", "Eve", "not-an-email"))),
				arguments("unknown channel", "channel", valid.via("FAX")),
				arguments("card without token", "payment.token", valid.paidWith("CARD", null)));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("invalidOrders")
	void invalidOrderIsRefusedNamingTheFieldAndStoresNothing(String problem, String field, NewOrder order) {
		long ordersBefore = books.orderCount();
		long instancesBefore = runtime.createProcessInstanceQuery().count();

		ResponseEntity<String> response = api.place(order);

		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(json(response).findValuesAsText("field")).contains(field);
		assertThat(books.orderCount()).isEqualTo(ordersBefore);
		assertThat(runtime.createProcessInstanceQuery().count()).isEqualTo(instancesBefore);
	}

	@Test
	void orderCancelledWhileBeingPickedFreesItsStockVoidsItsAuthorizationAndTellsTheCustomer() {
		String sku = newProduct("12.00", 3, 0);
		String orderNumber = api.placed(NewOrder.of(line(sku, 2)));
		engine.runJobs();
		assertThat(engine.openTasks(orderNumber, "pickItems")).hasSize(1);
		assertThat(books.reserved(sku, "BER")).isEqualTo(2);

		ResponseEntity<String> cancelled = api.cancel(orderNumber, "Ordered the wrong size");
		engine.runJobs();

		assertThat(cancelled.getStatusCode()).as(cancelled.getBody()).isEqualTo(HttpStatus.OK);
		assertThat(json(cancelled).get("status").asText()).isEqualTo("CANCELLED");
		JsonNode order = api.order(orderNumber);
		assertThat(order.get("paymentStatus").asText()).isEqualTo("VOIDED");
		assertThat(order.toString()).contains("Ordered the wrong size");
		assertThat(engine.openTasks(orderNumber, "pickItems")).isEmpty();
		assertThat(books.reserved(sku, "BER")).isZero();
		assertThat(books.ledgerEntries(orderNumber, "VOID")).isEqualTo(1);
		assertThat(books.ledgerEntries(orderNumber, "CAPTURE")).isZero();
		assertThat(books.customerMessages(orderNumber)).containsExactly("ORDER_CANCELLED");
		books.assertJournalMatchesLevels(sku);
	}

	@Test
	void orderCancelledDuringFraudReviewLeavesNoReviewBehindAndWasNeverCharged() {
		String orderNumber = api.placed(NewOrder.of(line(newProduct("1299.00", 5, 0), 1)));

		assertThat(api.cancel(orderNumber, "Found it cheaper").getStatusCode()).isEqualTo(HttpStatus.OK);
		engine.runJobs();

		assertThat(api.status(orderNumber)).isEqualTo("CANCELLED");
		assertThat(engine.openTasks(orderNumber, "reviewOrder")).isEmpty();
		assertThat(books.ledgerEntries(orderNumber, "AUTHORIZE")).isZero();
	}

	@Test
	void shippedOrderCannotBeCancelledAndStaysAsItIs() {
		String orderNumber = api.placed(NewOrder.of(line(newProduct("24.50", 5, 0), 1)));
		engine.runJobs();
		engine.shipAllOpenTasks(orderNumber);
		String before = api.status(orderNumber);

		ResponseEntity<String> refused = api.cancel(orderNumber, "Too late");

		assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
		assertThat(refused.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(refused.getBody()).contains("return it instead");
		assertThat(api.status(orderNumber)).isEqualTo(before);
		assertThat(timelineTypes(api.order(orderNumber))).doesNotContain("CANCELLATION_REQUESTED");
	}

	@Test
	void cancellationNeedsAReasonAndAnOrderThatExists() {
		String orderNumber = api.placed(NewOrder.of(line(newProduct("24.50", 5, 0), 1)));

		assertThat(api.cancel(orderNumber, " ").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(api.cancel(orderNumber, null).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(api.cancel("OF-999999", "x").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(api.status(orderNumber)).isEqualTo("PLACED");
	}

	@Test
	void cancellationRetriedWithItsIdempotencyKeyGetsTheSameAnswerAndCancelsOnce() throws Exception {
		String orderNumber = api.placed(NewOrder.of(line(newProduct("24.50", 5, 0), 1)));
		String key = UUID.randomUUID().toString();
		ExecutorService clients = Executors.newFixedThreadPool(10);
		List<Future<ResponseEntity<String>>> copies = new ArrayList<>();
		for (int i = 0; i < 10; i++) {
			copies.add(clients.submit(() -> api.cancel(orderNumber, "Duplicate order", key)));
		}
		for (Future<ResponseEntity<String>> copy : copies) {
			ResponseEntity<String> response = copy.get(1, TimeUnit.MINUTES);
			assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
		}
		clients.shutdown();

		assertThat(timelineTypes(api.order(orderNumber)).stream().filter("CANCELLATION_REQUESTED"::equals)).hasSize(1);
		assertThat(api.cancel(orderNumber, "Another reason", key).getStatusCode())
			.isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
		assertThat(api.cancel(orderNumber, "Duplicate order").getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
	}

	@Test
	void damagedItemsComeBackOnALabelAreInspectedRestockedAndRefundedWithTheirTax() {
		String sku = newProduct("10.00", 5, 0);
		String orderNumber = delivered(NewOrder.of(line(sku, 3)));
		assertThat(books.onHand(sku, "BER")).isEqualTo(2);
		NewReturn twoBroken = NewReturn.of("DAMAGED", line(sku, 2)).saying("Two arrived broken");
		String key = UUID.randomUUID().toString();

		ResponseEntity<String> requested = api.requestReturn(orderNumber, twoBroken, key);
		ResponseEntity<String> retried = api.requestReturn(orderNumber, twoBroken, key);
		engine.runJobs();

		assertThat(requested.getStatusCode()).as(requested.getBody()).isEqualTo(HttpStatus.CREATED);
		String returnNumber = json(requested).get("returnNumber").asText();
		assertThat(json(retried).get("returnNumber").asText()).isEqualTo(returnNumber);
		assertThat(returnsOf(orderNumber)).isEqualTo(1);
		JsonNode approved = api.returnDetails(returnNumber);
		assertThat(approved.get("status").asText()).isEqualTo("APPROVED");
		assertThat(approved.get("labelTrackingNumber").asText()).startsWith("DHL");
		// 2 × 10.00 plus their share of the order's tax (6.64 on 34.95 of goods and shipping); shipping stays paid
		assertThat(approved.get("refundAmount").decimalValue()).isEqualByComparingTo("23.80");

		assertThat(api.receiveReturn(returnNumber).getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
		Task inspection = engine.task(returnNumber, "inspectReturn");
		assertThat(engine.candidateGroups(inspection)).containsExactly("warehouse");
		assertThat(api.as("wendy").completeTask(inspection.getId(), Map.of("itemCondition", "RESELLABLE"))
			.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
		engine.runJobs();

		JsonNode refunded = api.returnDetails(returnNumber);
		assertThat(refunded.get("status").asText()).isEqualTo("REFUNDED");
		assertThat(refunded.get("itemCondition").asText()).isEqualTo("RESELLABLE");
		assertThat(refunded.get("refundAmount").decimalValue()).isEqualByComparingTo("23.80");
		assertThat(api.order(orderNumber).get("paymentStatus").asText()).isEqualTo("PARTIALLY_REFUNDED");
		assertThat(jdbc.sql("select count(*) from payment_gateway_ledger"
				+ " where idempotency_key = ? and operation = 'REFUND'")
			.param(returnNumber + ":refund")
			.query(Integer.class)
			.single()).isEqualTo(1);
		assertThat(books.onHand(sku, "BER")).isEqualTo(4);
		books.assertJournalMatchesLevels(sku);
		assertThat(books.customerMessages(orderNumber)).containsSubsequence("RETURN_APPROVED", "RETURN_REFUNDED");
		assertThat(timelineTypes(api.order(orderNumber))).containsSubsequence("RETURN_REQUESTED", "RETURN_APPROVED",
				"RETURN_RECEIVED", "RETURN_INSPECTED", "RETURN_RESTOCKED", "PAYMENT_REFUNDED", "RETURN_REFUNDED");
	}

	@Test
	void returnOfMoreThanWasShippedOrOfAnotherProductIsRefusedAndStoresNothing() {
		String sku = newProduct("10.00", 5, 0);
		String orderNumber = delivered(NewOrder.of(line(sku, 2)));

		ResponseEntity<String> tooMany = api.requestReturn(orderNumber, NewReturn.of("DAMAGED", line(sku, 3)));
		ResponseEntity<String> otherProduct = api.requestReturn(orderNumber,
				NewReturn.of("DAMAGED", line("MUG-CER-350", 1)));
		ResponseEntity<String> unknownReason = api.requestReturn(orderNumber, NewReturn.of("BORED", line(sku, 1)));

		assertThat(tooMany.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(tooMany.getBody()).contains("lines[0].quantity", "only 2");
		assertThat(otherProduct.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(otherProduct.getBody()).contains("lines[0].sku");
		assertThat(unknownReason.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(returnsOf(orderNumber)).isZero();
	}

	@Test
	void onlyDeliveredOrdersTakeReturnsAndNoItemComesBackTwice() {
		String sku = newProduct("10.00", 5, 0);
		String inFulfillment = api.placed(NewOrder.of(line(sku, 1)));
		engine.runJobs();
		NewReturn wrongItem = NewReturn.of("WRONG_ITEM", line(sku, 1));

		assertThat(api.requestReturn(inFulfillment, wrongItem).getStatusCode()).isEqualTo(HttpStatus.CONFLICT);

		String orderNumber = delivered(NewOrder.of(line(sku, 1)));
		assertThat(api.requestReturn(orderNumber, wrongItem).getStatusCode()).isEqualTo(HttpStatus.CREATED);
		ResponseEntity<String> again = api.requestReturn(orderNumber, wrongItem);
		assertThat(again.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(again.getBody()).contains("only 0");
	}

	@Test
	void valuableChangeOfMindGoesToCustomerServiceWhoMayRefuseIt() {
		String sku = newProduct("250.00", 2, 0);
		String orderNumber = delivered(NewOrder.of(line(sku, 1)));

		ResponseEntity<String> requested = api.requestReturn(orderNumber, NewReturn.of("CHANGED_MIND", line(sku, 1)));
		String returnNumber = json(requested).get("returnNumber").asText();
		Task review = engine.task(returnNumber, "reviewReturn");

		assertThat(engine.candidateGroups(review)).containsExactly("customer-service");
		assertThat(api.as("wendy").completeTask(review.getId(), Map.of("approved", true)).getStatusCode())
			.isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(api.as("carla").completeTask(review.getId(), Map.of("approved", false, "reviewNote", "Worn"))
			.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

		assertThat(api.returnDetails(returnNumber).get("status").asText()).isEqualTo("REJECTED");
		assertThat(books.customerMessages(orderNumber)).contains("RETURN_REJECTED");
		assertThat(api.order(orderNumber).toString()).contains("Rejected by carla: Worn");
		assertThat(api.order(orderNumber).get("paymentStatus").asText()).isEqualTo("CAPTURED");
		assertThat(api.receiveReturn(returnNumber).getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
	}

	@Test
	void apiDocumentListsEveryEndpointAShopOrWarehouseSystemCalls() {
		JsonNode paths = json(api.anonymous().getForObject("/v3/api-docs", String.class)).get("paths");

		assertThat(paths.fieldNames()).toIterable()
			.contains("/api/orders", "/api/orders/{orderNumber}", "/api/orders/{orderNumber}/cancel",
					"/api/orders/{orderNumber}/payment", "/api/orders/{orderNumber}/returns",
					"/api/returns/{returnNumber}", "/api/returns/{returnNumber}/receipt", "/api/tracking/{orderNumber}",
					"/api/carrier-events", "/api/payment-events", "/api/inventory/{sku}/receipts");
	}

	@Test
	void retryWithTheSameIdempotencyKeyGetsTheFirstOrderBack() {
		NewOrder order = NewOrder.of(line(newProduct("12.50", 5, 0), 1));
		String key = UUID.randomUUID().toString();

		ResponseEntity<String> first = api.place(order, key);
		ResponseEntity<String> retry = api.place(order, key);

		assertThat(first.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		assertThat(retry.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		assertThat(retry.getHeaders().getFirst("Idempotent-Replayed")).isEqualTo("true");
		assertThat(retry.getHeaders().getLocation()).isEqualTo(first.getHeaders().getLocation());
		assertThat(json(retry).get("orderNumber")).isEqualTo(json(first).get("orderNumber"));
		assertThat(books.ordersOfCustomer(order.customer().id())).isEqualTo(1);
	}

	@Test
	void idempotencyKeyReusedForAnotherRequestIsRefused() {
		String mug = newProduct("12.50", 5, 0);
		String key = UUID.randomUUID().toString();
		api.place(NewOrder.of(line(mug, 1)), key);

		ResponseEntity<String> other = api.place(NewOrder.of(line(mug, 2)), key);

		assertThat(other.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
		assertThat(other.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
	}

	@Test
	void tenCopiesOfOneRequestSentAtOnceMakeOneOrder() throws Exception {
		NewOrder order = NewOrder.of(line(newProduct("12.50", 5, 0), 1));
		String key = UUID.randomUUID().toString();
		ExecutorService clients = Executors.newFixedThreadPool(10);
		List<Future<ResponseEntity<String>>> copies = new ArrayList<>();
		for (int i = 0; i < 10; i++) {
			copies.add(clients.submit(() -> api.place(order, key)));
		}
		Set<String> orderNumbers = new HashSet<>();
		for (Future<ResponseEntity<String>> copy : copies) {
			ResponseEntity<String> response = copy.get(1, TimeUnit.MINUTES);
			assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.CREATED);
			orderNumbers.add(json(response).get("orderNumber").asText());
		}
		clients.shutdown();

		assertThat(orderNumbers).hasSize(1);
		assertThat(books.ordersOfCustomer(order.customer().id())).isEqualTo(1);
	}

	@Test
	void malformedJsonIsRefusedAsAProblem() {
		long ordersBefore = books.orderCount();

		ResponseEntity<String> response = api.postRaw("/api/orders", "{\"channel\": \"WEB\", ");

		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(response.getBody()).contains("\"field\":\"body\"");
		assertThat(books.orderCount()).isEqualTo(ordersBefore);
	}

	@Test
	void unknownOrderIsANotFoundProblem() {
		ResponseEntity<String> response = api.getOrder("OF-0");

		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
	}

	@Test
	void ordersAreListedNewestFirstAndCanBeFilteredByStatus() {
		String older = api.placed(NewOrder.of(line(newProduct("22.00", 5, 0), 1)));
		String newer = api.placed(NewOrder.of(line(newProduct("1299.00", 5, 0), 1)));

		List<String> numbers = api.orders("size=100").get("content").findValuesAsText("orderNumber");
		assertThat(numbers.indexOf(newer)).isLessThan(numbers.indexOf(older));

		JsonNode underReview = api.orders("status=UNDER_REVIEW&size=100");
		assertThat(underReview.get("content").findValuesAsText("status")).containsOnly("UNDER_REVIEW");
		assertThat(underReview.get("content").findValuesAsText("orderNumber")).contains(newer).doesNotContain(older);
	}

	@Test
	void catalogueListsPricesInTheStoreCurrency() {
		JsonNode products = api.products();

		assertThat(products.size()).isGreaterThanOrEqualTo(20);
		assertThat(products.findValuesAsText("currency")).containsOnly("EUR");
		assertThat(products.findValues("unitPrice")).allSatisfy(price -> assertThat(price.decimalValue()).isPositive());
	}

	/**
	 * Wrong passwords are tried for a fraud analyst of this test's own: Camunda delays further logins of a user after a
	 * failed one, which would hold up any other test logging in as that user.
	 */
	@Test
	void apiAndEngineRestRefuseAnonymousAndWrongPasswords() {
		String analyst = "analyst" + UUID.randomUUID().toString().substring(0, 8);
		User user = identity.newUser(analyst);
		user.setPassword(analyst);
		identity.saveUser(user);
		identity.createMembership(analyst, "fraud-analysts");
		try {
			assertThat(api.anonymous().getForEntity("/api/orders", String.class).getStatusCode())
				.isEqualTo(HttpStatus.UNAUTHORIZED);
			assertThat(api.anonymous().withBasicAuth(analyst, "wrong").getForEntity("/api/products", String.class)
				.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
			assertThat(api.anonymous().getForEntity("/engine-rest/task", String.class).getStatusCode())
				.isEqualTo(HttpStatus.UNAUTHORIZED);
			assertThat(api.anonymous().withBasicAuth(analyst, "wrong").getForEntity("/engine-rest/task", String.class)
				.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);

			assertThat(api.as("wendy").rest().getForEntity("/engine-rest/task", String.class).getStatusCode())
				.isEqualTo(HttpStatus.OK);
			assertThat(api.as("shop").rest().getForEntity("/api/products", String.class).getStatusCode())
				.isEqualTo(HttpStatus.OK);
		}
		finally {
			identity.deleteUser(analyst);
		}
	}

	/** Camunda offers its setup page while no administrator exists; Orderflow never does. */
	@Test
	void adminInitialSetupCannotCreateAnAdministratorEvenWhenThereIsNone() {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_JSON);
		String user = "{\"profile\":{\"id\":\"mallory\",\"firstName\":\"M\",\"lastName\":\"M\",\"email\":\"m@x.io\"},"
				+ "\"credentials\":{\"password\":\"mallory\"}}";
		// Pass Camunda's own CSRF check like a browser would, so only Orderflow's rule stands in the way.
		ResponseEntity<String> page = api.anonymous().getForEntity("/camunda/app/admin/default/", String.class);
		headers.set("X-XSRF-TOKEN", page.getHeaders().getFirst("X-XSRF-TOKEN"));
		page.getHeaders()
			.getOrEmpty(HttpHeaders.SET_COOKIE)
			.forEach(cookie -> headers.add(HttpHeaders.COOKIE, cookie.split(";")[0]));
		identity.deleteMembership("demo", "camunda-admin");
		try {
			ResponseEntity<String> response = api.anonymous()
				.exchange("/camunda/api/admin/setup/default/user/create", HttpMethod.POST,
						new HttpEntity<>(user, headers), String.class);

			assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
			assertThat(identity.createUserQuery().userId("mallory").count()).isZero();
		}
		finally {
			identity.createMembership("demo", "camunda-admin");
		}
	}

	@Test
	void carrierEventWithoutAValidSignatureIsRefusedAndChangesNothing() {
		byte[] body = OrderflowApi
			.body(new CarrierEvent("DHL0000", "DELIVERED", Instant.parse("2026-01-01T10:00:00Z")));
		String now = String.valueOf(Instant.now().getEpochSecond());
		String tenMinutesAgo = String.valueOf(Instant.now().minusSeconds(600).getEpochSecond());
		String path = OrderflowApi.CARRIER_EVENTS;
		String secret = OrderflowApi.CARRIER_SECRET;

		assertThat(api.postWebhook(path, body, now, null).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
		assertThat(api.postWebhook(path, body, now, "sha256=" + "0".repeat(64)).getStatusCode())
			.isEqualTo(HttpStatus.UNAUTHORIZED);
		assertThat(api.postWebhook(path, body, now, WebhookSignature.sign(now, body, "wrong-secret")).getStatusCode())
			.isEqualTo(HttpStatus.UNAUTHORIZED);
		assertThat(api.postWebhook(path, body, null, WebhookSignature.sign(now, body, secret)).getStatusCode())
			.isEqualTo(HttpStatus.UNAUTHORIZED);
		assertThat(api.postWebhook(path, body, tenMinutesAgo, WebhookSignature.sign(tenMinutesAgo, body, secret))
			.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
	}

	@Test
	void replayedCarrierDeliveryIsAcknowledgedButActedOnOnce() {
		String orderNumber = api.placed(NewOrder.of(line(newProduct("24.50", 5, 0), 1)));
		engine.runJobs();
		engine.shipAllOpenTasks(orderNumber);
		String trackingNumber = api.order(orderNumber).at("/shipments/0/trackingNumber").asText();
		byte[] body = OrderflowApi.body(new CarrierEvent(trackingNumber, "IN_TRANSIT", OrderflowApi.OCCURRED_AT));
		String timestamp = String.valueOf(Instant.now().getEpochSecond());
		String signature = WebhookSignature.sign(timestamp, body, OrderflowApi.CARRIER_SECRET);

		ResponseEntity<String> first = api.postWebhook(OrderflowApi.CARRIER_EVENTS, body, timestamp, signature);
		ResponseEntity<String> replayed = api.postWebhook(OrderflowApi.CARRIER_EVENTS, body, timestamp, signature);

		assertThat(first.getBody()).contains("\"replay\":false");
		assertThat(replayed.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(replayed.getBody()).contains("\"replay\":true");
		assertThat(timelineTypes(api.order(orderNumber)).stream().filter("CARRIER_IN_TRANSIT"::equals)).hasSize(1);
	}

	@Test
	void carrierEventForAnUnknownTrackingNumberIsNotFound() {
		assertThat(api.carrierEvent("NO-SUCH-PARCEL", "IN_TRANSIT").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
	}

	// ---- helpers ----

	/** Places the order and takes it through picking, packing, shipping and the carrier's DELIVERED event. */
	String delivered(NewOrder order) {
		String orderNumber = api.placed(order);
		engine.runJobs();
		engine.shipAllOpenTasks(orderNumber);
		for (JsonNode shipment : api.order(orderNumber).get("shipments")) {
			assertThat(api.carrierEvent(shipment.get("trackingNumber").asText(), "DELIVERED").getStatusCode())
				.isEqualTo(HttpStatus.OK);
		}
		assertThat(api.status(orderNumber)).isEqualTo("DELIVERED");
		return orderNumber;
	}

	int returnsOf(String orderNumber) {
		return jdbc.sql("select count(*) from return_request where order_number = ?")
			.param(orderNumber)
			.query(Integer.class)
			.single();
	}

	static List<String> timelineTypes(JsonNode order) {
		return order.get("timeline").findValuesAsText("type");
	}

}
