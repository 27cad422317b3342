package io.orderflow.order;

import static io.orderflow.NewOrder.line;
import static io.orderflow.OrderflowApi.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import io.orderflow.HttpScenarios;
import io.orderflow.NewOrder;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Cancelling an order over the API before it ships: wherever it waits, its stock is
 * freed, its authorization voided and the customer told; once shipped it stays as it is.
 * Retries with the same Idempotency-Key cancel once.
 */
abstract class OrderCancellationScenarios extends HttpScenarios {

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
		assertThat(json(cancelled).get("paymentStatus").asText()).isEqualTo("VOID_PENDING");
		JsonNode order = api.order(orderNumber);
		assertThat(order.get("paymentStatus").asText()).isEqualTo("VOIDED");
		assertThat(order.toString()).contains("Ordered the wrong size");
		assertThat(engine.openTasks(orderNumber, "pickItems")).isEmpty();
		assertThat(books.reserved(sku, "BER")).isZero();
		assertThat(books.ledgerEntries(orderNumber, "VOID")).isEqualTo(1);
		assertThat(books.ledgerEntries(orderNumber, "CAPTURE")).isZero();
		assertThat(books.customerMessages(orderNumber)).containsOnlyOnce("ORDER_CANCELLED");
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
	void anUnknownCustomerReasonIsRefusedNamingTheFieldAndNothingIsCancelled() {
		String orderNumber = api.placed(NewOrder.of(line(newProduct("24.50", 5, 0), 1)));

		ResponseEntity<String> refused = api.cancel(orderNumber, "Duplicate order", "DUPLICATE", null);

		assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(refused.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(refused.getBody()).contains("customerReason");
		assertThat(api.status(orderNumber)).isEqualTo("PLACED");
		assertThat(timelineTypes(api.order(orderNumber))).doesNotContain("CANCELLATION_REQUESTED");
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

}
