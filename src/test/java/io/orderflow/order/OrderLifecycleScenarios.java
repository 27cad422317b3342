package io.orderflow.order;

import static io.orderflow.NewOrder.line;
import static io.orderflow.OrderflowApi.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

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
import io.orderflow.HttpScenarios;
import io.orderflow.NewOrder.Customer;
import io.orderflow.NewOrder;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An order as the shop and its customer see it over HTTP: priced from the catalogue when
 * placed, refused with the field named when invalid, placed once however often the
 * request is retried, listed newest first, and taken through its whole lifecycle to
 * completion.
 */
abstract class OrderLifecycleScenarios extends HttpScenarios {

	@Autowired
	RuntimeService runtime;

	@Autowired
	Orders orders;

	@Autowired
	PaymentChanges paymentChanges;

	@Autowired
	PlatformTransactionManager transactions;

	/**
	 * An order read once per transaction (docs/performance.md) is still read as it is:
	 * after the transaction's own change, and after another's once the transaction locks
	 * it.
	 */
	@Test
	void aTransactionReadsTheOrderAfterItsOwnChangeAndAfterOthersOnceItLocksIt() throws Exception {
		String orderNumber = api.placed(NewOrder.of(line(newProduct("9.00", 2, 0), 1)));
		TransactionTemplate transaction = new TransactionTemplate(transactions);

		transaction.executeWithoutResult(status -> {
			assertThat(orders.get(orderNumber).paymentMethod()).isEqualTo(PaymentMethod.CARD);
			paymentChanges.changePayment(orderNumber, PaymentMethod.BANK_TRANSFER, null);
			assertThat(orders.get(orderNumber).paymentMethod()).as("after its own change")
				.isEqualTo(PaymentMethod.BANK_TRANSFER);
		});

		ExecutorService other = Executors.newSingleThreadExecutor();
		try {
			transaction.executeWithoutResult(status -> {
				assertThat(orders.get(orderNumber).paymentMethod()).isEqualTo(PaymentMethod.BANK_TRANSFER);
				await(other.submit(() -> transaction.executeWithoutResult(
						elsewhere -> paymentChanges.changePayment(orderNumber, PaymentMethod.CASH_ON_DELIVERY, null))));
				assertThat(orders.getForUpdate(orderNumber).paymentMethod()).as("locked after another's change")
					.isEqualTo(PaymentMethod.CASH_ON_DELIVERY);
			});
		}
		finally {
			other.shutdownNow();
		}
	}

	private static void await(Future<?> done) {
		try {
			done.get(30, TimeUnit.SECONDS);
		}
		catch (Exception e) {
			throw new AssertionError(e);
		}
	}

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
		engine.pack(engine.task(orderNumber, "packOrder"));
		engine.runJobs();
		engine.handOver(orderNumber);

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
	void malformedJsonIsRefusedAsAProblem() {
		long ordersBefore = books.orderCount();

		ResponseEntity<String> response = api.postRaw("/api/orders", "{\"channel\": \"WEB\", ");

		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(response.getBody()).contains("\"field\":\"body\"");
		assertThat(books.orderCount()).isEqualTo(ordersBefore);
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

}
