package io.orderflow.payment;

import static io.orderflow.NewOrder.line;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import io.micrometer.core.instrument.MeterRegistry;
import io.orderflow.HttpScenarios;
import io.orderflow.NewOrder;
import io.orderflow.payment.simulated.SimulatedProviderHolds;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;

/**
 * A cancellation before, during or after the card authorization never leaves the
 * customer's money held (issue #21): the provider's approval is recorded whatever becomes
 * of the authorization step, the cancellation voids it (asking the provider again for an
 * answer Orderflow never recorded), an order cancelled before the authorization is never
 * authorized and says {@code NOT_TAKEN}, and the reconciliation voids, once, what a crash
 * left held.
 */
abstract class CancelDuringAuthorizationScenarios extends HttpScenarios {

	@Autowired
	SimulatedProviderHolds provider;

	@Autowired
	AuthorizationReconciliation reconciliation;

	@Autowired
	MeterRegistry meters;

	@Test
	void orderCancelledWhileTheProviderApprovesIsVoidedOnceTheStepFails() throws Exception {
		String orderNumber = api.placed(NewOrder.of(line(newProduct("31.00", 5, 0), 1)));
		Job authorization = runUntilAuthorization(orderNumber);
		SimulatedProviderHolds.Hold hold = provider.holdNextAuthorizationAnswer(orderNumber);
		ExecutorService stepThread = Executors.newSingleThreadExecutor();
		Future<?> step = stepThread.submit(() -> engine.execute(authorization));
		try {
			assertThat(hold.awaitHeldAnswer(Duration.ofSeconds(30))).as("the provider approved").isTrue();
			assertThat(books.ledgerEntries(orderNumber, "AUTHORIZE")).isEqualTo(1);

			assertThat(api.cancel(orderNumber, "Changed my mind").getStatusCode()).isEqualTo(HttpStatus.OK);
		}
		finally {
			hold.release();
		}
		stepFinishes(step, stepThread);
		engine.runJobs();

		JsonNode order = api.order(orderNumber);
		assertThat(order.get("status").asText()).isEqualTo("CANCELLED");
		assertThat(order.get("paymentStatus").asText()).isEqualTo("VOIDED");
		assertThat(timelineTypes(order)).containsOnlyOnce("PAYMENT_VOIDED");
		assertHoldReleasedAtTheProvider(orderNumber);
	}

	@Test
	void voidThatRunsWhileTheProviderStillAnswersAsksTheProviderAgainAndVoids() throws Exception {
		String orderNumber = api.placed(NewOrder.of(line(newProduct("32.00", 5, 0), 1)));
		Job authorization = runUntilAuthorization(orderNumber);
		SimulatedProviderHolds.Hold hold = provider.holdNextAuthorizationAnswer(orderNumber);
		ExecutorService stepThread = Executors.newSingleThreadExecutor();
		Future<?> step = stepThread.submit(() -> engine.execute(authorization));
		try {
			assertThat(hold.awaitHeldAnswer(Duration.ofSeconds(30))).as("the provider approved").isTrue();
			assertThat(api.cancel(orderNumber, "Changed my mind").getStatusCode()).isEqualTo(HttpStatus.OK);
			// the cancellation's void runs before the step has its answer
			engine.runJobs();
			assertThat(api.order(orderNumber).get("paymentStatus").asText()).isEqualTo("VOIDED");
		}
		finally {
			hold.release();
		}
		stepFinishes(step, stepThread);
		engine.runJobs();

		JsonNode order = api.order(orderNumber);
		assertThat(order.get("paymentStatus").asText()).isEqualTo("VOIDED");
		assertThat(timelineTypes(order)).containsOnlyOnce("PAYMENT_VOIDED");
		assertHoldReleasedAtTheProvider(orderNumber);
	}

	@Test
	void orderCancelledBeforeItsAuthorizationIsNeverAuthorizedAndTookNothing() {
		String orderNumber = api.placed(NewOrder.of(line(newProduct("33.00", 5, 0), 1)));
		runUntilAuthorization(orderNumber);

		assertThat(api.cancel(orderNumber, "Ordered twice").getStatusCode()).isEqualTo(HttpStatus.OK);
		engine.runJobs();

		JsonNode order = api.order(orderNumber);
		assertThat(order.get("status").asText()).isEqualTo("CANCELLED");
		assertThat(order.get("paymentStatus").asText()).isEqualTo("NOT_TAKEN");
		assertThat(timelineTypes(order)).containsOnlyOnce("PAYMENT_NOT_TAKEN").doesNotContain("PAYMENT_VOIDED");
		assertThat(books.ledgerEntries(orderNumber, "AUTHORIZE")).isZero();
		assertThat(books.ledgerEntries(orderNumber, "VOID")).isZero();
	}

	@Test
	void orderCancelledInFraudReviewShowsThatNoPaymentWasTaken() {
		String orderNumber = api.placed(NewOrder.of(line(newProduct("1299.00", 5, 0), 1)));

		assertThat(api.cancel(orderNumber, "Found it cheaper").getStatusCode()).isEqualTo(HttpStatus.OK);
		engine.runJobs();

		JsonNode order = api.order(orderNumber);
		assertThat(order.get("paymentStatus").asText()).isEqualTo("NOT_TAKEN");
		assertThat(books.ledgerEntries(orderNumber, "AUTHORIZE")).isZero();
	}

	@Test
	void twoReconciliationsAtOnceVoidAHeldAuthorizationOfACancelledOrderOnceAndSaySo() throws Exception {
		String orderNumber = api.placed(NewOrder.of(line(newProduct("34.00", 5, 0), 1)));
		engine.runJobs();
		assertThat(api.order(orderNumber).get("paymentStatus").asText()).isEqualTo("AUTHORIZED");
		// the cancellation commits, and its node dies before the void step runs
		assertThat(api.cancel(orderNumber, "Too slow").getStatusCode()).isEqualTo(HttpStatus.OK);
		jdbc.sql("update payment set updated_at = ? where order_number = ?")
			.params(OffsetDateTime.now().minusDays(1), orderNumber)
			.update();
		double orphansBefore = orphanCounter();

		CountDownLatch start = new CountDownLatch(1);
		ExecutorService nodes = Executors.newFixedThreadPool(2);
		List<Future<Integer>> runs = new ArrayList<>();
		for (int node = 0; node < 2; node++) {
			runs.add(nodes.submit((Callable<Integer>) () -> {
				start.await();
				return reconciliation.reconcile();
			}));
		}
		start.countDown();
		for (Future<Integer> run : runs) {
			run.get(1, TimeUnit.MINUTES);
		}
		nodes.shutdown();

		JsonNode order = api.order(orderNumber);
		assertThat(order.get("paymentStatus").asText()).isEqualTo("VOIDED");
		assertThat(timelineTypes(order)).containsOnlyOnce("PAYMENT_VOIDED");
		assertThat(order.get("attention").findValuesAsText("kind")).containsExactly("ORPHANED_AUTHORIZATION_VOIDED");
		assertThat(books.ledgerEntries(orderNumber, "VOID")).isEqualTo(1);
		assertThat(orphanCounter()).isGreaterThan(orphansBefore);
		assertHoldReleasedAtTheProvider(orderNumber);

		// the void step, when it finally runs, finds nothing left to do
		engine.runJobs();
		assertThat(books.ledgerEntries(orderNumber, "VOID")).isEqualTo(1);
		assertThat(timelineTypes(api.order(orderNumber))).containsOnlyOnce("PAYMENT_VOIDED");
	}

	@Test
	void reconciliationLeavesAVoidAnotherNodeClaimedAloneUntilItsLeaseHasRunOut() {
		String orderNumber = api.placed(NewOrder.of(line(newProduct("36.00", 5, 0), 1)));
		engine.runJobs();
		assertThat(api.order(orderNumber).get("paymentStatus").asText()).isEqualTo("AUTHORIZED");
		assertThat(api.cancel(orderNumber, "Too slow").getStatusCode()).isEqualTo(HttpStatus.OK);
		// another node claimed the void a moment ago and is asking the provider
		jdbc.sql("update payment set updated_at = ?, void_claimed_at = ? where order_number = ?")
			.params(OffsetDateTime.now().minusDays(1), OffsetDateTime.now(), orderNumber)
			.update();

		reconciliation.reconcile();
		assertThat(books.ledgerEntries(orderNumber, "VOID")).as("voids while the claim is live").isZero();

		// that node died: its claim is older than the lease
		jdbc.sql("update payment set void_claimed_at = ? where order_number = ?")
			.params(OffsetDateTime.now().minusDays(1), orderNumber)
			.update();
		reconciliation.reconcile();

		JsonNode order = api.order(orderNumber);
		assertThat(order.get("paymentStatus").asText()).isEqualTo("VOIDED");
		assertThat(timelineTypes(order)).containsOnlyOnce("PAYMENT_VOIDED");
		assertThat(books.ledgerEntries(orderNumber, "VOID")).isEqualTo(1);
		assertHoldReleasedAtTheProvider(orderNumber);
	}

	/**
	 * The order's approved authorization has an approved void at the provider against it.
	 */
	private void assertHoldReleasedAtTheProvider(String orderNumber) {
		List<String> unvoided = jdbc
			.sql("select a.reference from payment_gateway_ledger a where a.idempotency_key like ?"
					+ " and a.operation = 'AUTHORIZE' and a.approved and not exists (select 1 from"
					+ " payment_gateway_ledger v where v.operation = 'VOID' and v.approved"
					+ " and v.authorization_reference = a.reference)")
			.param(orderNumber + ":authorize:%")
			.query(String.class)
			.list();
		assertThat(books.ledgerEntries(orderNumber, "AUTHORIZE")).isEqualTo(1);
		assertThat(unvoided).as("approved authorizations without a void").isEmpty();
	}

	/**
	 * Runs the order's steps up to the authorization, which waits as a job, and returns
	 * that job.
	 */
	private Job runUntilAuthorization(String orderNumber) {
		return engine.runUntilJobAt(orderNumber, "authorizePayment");
	}

	/** The step ends, failed or not: a cancelled order's step may not succeed. */
	private static void stepFinishes(Future<?> step, ExecutorService stepThread) throws Exception {
		try {
			step.get(1, TimeUnit.MINUTES);
		}
		catch (java.util.concurrent.ExecutionException expected) {
			// the order was cancelled under the step: it fails and rolls back
		}
		stepThread.shutdown();
	}

	private double orphanCounter() {
		return meters.counter("orderflow.payment.orphaned-authorizations").count();
	}

}
