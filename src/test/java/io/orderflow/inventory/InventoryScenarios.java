package io.orderflow.inventory;

import static io.orderflow.NewOrder.line;
import static io.orderflow.OrderflowApi.refusal;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import io.orderflow.HttpScenarios;
import io.orderflow.NewOrder;
import io.orderflow.workflow.BackorderDecision;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Stock as the warehouse and customer service meet it: orders split over warehouses,
 * backorders decided and released by receipts (oldest first), short lines cancelled and
 * repriced, and stock shown, received and adjusted with the journal always adding up to
 * the levels.
 */
abstract class InventoryScenarios extends HttpScenarios {

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
		assertThat(books.customerMessages(orderNumber)).containsOnlyOnce("ORDER_BACKORDERED", "BACKORDER_DECIDED",
				"STOCK_ARRIVED");
	}

	@Test
	void backorderDecisionShowsPerLineWhatWasOrderedIsInStockAndIsShort() {
		String sku = newProduct("7.50", 1, 0);
		String orderNumber = api.placed(NewOrder.of(line(sku, 3)));

		Task decision = engine.task(orderNumber, "decideBackorder");

		assertThat((String) engine.localVariable(decision, "stockSituation")).contains(sku + "  ",
				": ordered 3, in stock 1, short 2");
		assertThat((String) engine.localVariable(decision, "expectedRestock")).startsWith("No restock date known");
		assertThat((String) engine.localVariable(decision, "orderLines")).contains("@ 7.50 EUR");
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

		assertThat(refusal(api.as("carla").completeTask(decision.getId(), Map.of("decision", "CANCEL_SHORT_LINES"))))
			.isEqualTo("Nothing of order " + orderNumber + " is in stock; cancel the order instead");
		assertThat(refusal(api.as("carla").submitForm(decision.getId(), Map.of())))
			.isEqualTo("Choose one of " + BackorderDecision.choices());

		assertThat(engine.openTasks(orderNumber, "decideBackorder")).hasSize(1);
		assertThat(api.status(orderNumber)).isEqualTo("BACKORDERED");
		assertThat(api.order(orderNumber).toString()).doesNotContain("Customer service decided");
		assertThat(books.customerMessages(orderNumber)).doesNotContain("BACKORDER_DECIDED");
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
	void aReceiptOrAdjustmentSentAgainWithItsIdempotencyKeyCountsOnce() {
		String sku = newProduct("10.00", 4, 0);
		String key = "receipt-" + sku;

		ResponseEntity<String> first = api.receive(sku, "BER", 6, key);
		ResponseEntity<String> retried = api.receive(sku, "BER", 6, key);
		api.adjust(sku, "BER", -2, "Damaged in storage", "adjust-" + sku);
		ResponseEntity<String> adjustedAgain = api.adjust(sku, "BER", -2, "Damaged in storage", "adjust-" + sku);

		assertThat(retried.getStatusCode()).isEqualTo(first.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(retried.getHeaders().getFirst("Idempotent-Replayed")).isEqualTo("true");
		assertThat(adjustedAgain.getHeaders().getFirst("Idempotent-Replayed")).isEqualTo("true");
		assertThat(books.onHand(sku, "BER")).isEqualTo(4 + 6 - 2);
		assertThat(api.receive(sku, "BER", 7, key).getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
		books.assertJournalMatchesLevels(sku);
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

}
