package io.orderflow.payment;

import static io.orderflow.NewOrder.line;
import static io.orderflow.OrderflowApi.refusal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import io.orderflow.HttpScenarios;
import io.orderflow.NewOrder;
import io.orderflow.OrderflowApi;
import io.orderflow.OrderflowApi.PaymentEvent;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Payment as the customer, customer service and the bank meet it: declined cards wait for
 * new details, provider outages end in an incident that can be retried, old
 * authorizations are renewed before the capture, and wallet, cash-on-delivery and
 * bank-transfer orders are paid their own way, bank transfers over a signed webhook.
 */
abstract class PaymentScenarios extends HttpScenarios {

	@Autowired
	ManagementService management;

	@Autowired
	RuntimeService runtime;

	@Test
	void resolvePaymentSaysWhyThePaymentFailedAndUntilWhenTheCustomerCanFixIt() {
		String orderNumber = api
			.placed(NewOrder.of(line(newProduct("9.90", 5, 0), 1)).paidWith("CARD", "tok_insufficientFunds"));
		engine.runJobs();
		Task resolve = engine.task(orderNumber, "resolvePayment");
		Date windowCloses = engine.jobAt(orderNumber, "retryWindowOver").getDuedate();

		assertThat(engine.localVariable(resolve, "declineReason"))
			.isEqualTo("Not enough funds on the card or wallet (insufficient_funds)");
		assertThat((String) engine.localVariable(resolve, "retryDeadline"))
			.startsWith(DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH)
				.format(windowCloses.toInstant().atZone(ZoneId.systemDefault())))
			.endsWith("then the order is cancelled");

		assertThat(refusal(api.completeTask(resolve.getId(), Map.of())))
			.startsWith("Choose a resolution: set 'resolution' to one of [")
			.contains("CANCEL_ORDER");
		assertThat(refusal(api.submitForm(resolve.getId(), Map.of("resolution", "SHRUG")))).endsWith(", not SHRUG");
		assertThat(engine.openTasks(orderNumber, "resolvePayment")).hasSize(1);
		assertThat(api.status(orderNumber)).isEqualTo("AWAITING_PAYMENT");
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
		assertThat(books.customerMessages(orderNumber)).containsOnlyOnce("PAYMENT_PROBLEM")
			.doesNotContain("ORDER_CONFIRMED");
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

		engine.complete(engine.task(orderNumber, "resolvePayment"), Map.of("resolution", "SWITCH_TO_CASH_ON_DELIVERY"));
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
		assertThat(books.customerMessages(orderNumber)).containsOnlyOnce("BANK_TRANSFER_REQUESTED")
			.doesNotContain("ORDER_CONFIRMED");
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

	/**
	 * The bank reports one transfer twice at the same moment under two event ids (two
	 * nodes, a retry that overtook the first): one is processed, the other is 409 with a
	 * problem, and the money is recorded once. Several orders, as a race may be missed
	 * once.
	 */
	@Test
	void twoReportsForOneOrderAtTheSameMomentAreOneProcessedAndOneConflict() throws Exception {
		String mug = newProduct("12.50", 20, 0);
		for (int round = 0; round < 5; round++) {
			String orderNumber = api.placed(NewOrder.of(line(mug, 1)).paidWith("BANK_TRANSFER", null));
			BigDecimal grandTotal = api.order(orderNumber).at("/totals/grandTotal").decimalValue();

			List<ResponseEntity<String>> answers = atOnce(
					() -> api.paymentEvent("evt-a-" + orderNumber, orderNumber, grandTotal),
					() -> api.paymentEvent("evt-b-" + orderNumber, orderNumber, grandTotal));

			assertThat(answers).as("round %d: %s", round, answers)
				.extracting(answer -> answer.getStatusCode().value())
				.containsExactlyInAnyOrder(200, 409);
			ResponseEntity<String> refused = answers.stream()
				.filter(answer -> answer.getStatusCode() == HttpStatus.CONFLICT)
				.findFirst()
				.orElseThrow();
			assertThat(refused.getHeaders().getContentType()).hasToString("application/problem+json");
			assertThat(refused.getBody()).contains("is not waiting for a bank transfer");
			assertThat(jdbc.sql("select count(*) from payment_event where order_number = ?")
				.param(orderNumber)
				.query(Integer.class)
				.single()).isEqualTo(1);
			assertThat(api.order(orderNumber).get("paymentStatus").asText()).isEqualTo("CAPTURED");
		}
	}

	@SafeVarargs
	private static <T> List<T> atOnce(Callable<T>... calls) throws Exception {
		CyclicBarrier start = new CyclicBarrier(calls.length);
		ExecutorService threads = Executors.newFixedThreadPool(calls.length);
		try {
			List<Future<T>> running = new ArrayList<>();
			for (Callable<T> call : calls) {
				running.add(threads.submit(() -> {
					start.await();
					return call.call();
				}));
			}
			List<T> results = new ArrayList<>();
			for (Future<T> result : running) {
				results.add(result.get(60, TimeUnit.SECONDS));
			}
			return results;
		}
		finally {
			threads.shutdownNow();
		}
	}

	@Test
	void paymentEventsAreRefusedWithoutSignatureForUnknownOrdersAndForOrdersNotWaiting() {
		String cardOrder = api.placed(NewOrder.of(line(newProduct("12.50", 5, 0), 1)));
		BigDecimal amount = new BigDecimal("10.00");
		byte[] body = OrderflowApi.body(new PaymentEvent("evt-x", cardOrder, amount, OrderflowApi.OCCURRED_AT));

		assertThat(api
			.postWebhook(OrderflowApi.PAYMENT_EVENTS, body, String.valueOf(Instant.now().getEpochSecond()), "sha256=00")
			.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
		assertThat(api.paymentEvent("evt-y", "OF-0", amount).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(api.paymentEvent("evt-z", cardOrder, amount).getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
	}

}
