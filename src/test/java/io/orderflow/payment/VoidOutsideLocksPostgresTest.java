package io.orderflow.payment;

import static io.orderflow.NewOrder.line;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import io.orderflow.HttpScenarios;
import io.orderflow.NewOrder;
import io.orderflow.OnPostgres;
import io.orderflow.payment.simulated.SimulatedProviderHolds;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A cancellation's void holds no lock while the provider answers (issue #21): with the
 * provider's answer to the void held back, another transaction locks the payment row at
 * once ({@code FOR UPDATE NOWAIT}), the order answers over the API, and once the provider
 * answers the payment is voided once.
 */
class VoidOutsideLocksPostgresTest extends HttpScenarios implements OnPostgres {

	@Autowired
	SimulatedProviderHolds provider;

	@Autowired
	PlatformTransactionManager transactions;

	@Test
	void whileTheProviderAnswersAVoidThePaymentRowIsFreeAndTheOrderAnswers() throws Exception {
		String orderNumber = api.placed(NewOrder.of(line(newProduct("35.00", 5, 0), 1)));
		engine.runJobs();
		assertThat(api.order(orderNumber).get("paymentStatus").asText()).isEqualTo("AUTHORIZED");
		SimulatedProviderHolds.Hold hold = provider.holdNextVoidAnswer(orderNumber);
		assertThat(api.cancel(orderNumber, "Changed my mind").getStatusCode()).isEqualTo(HttpStatus.OK);

		ExecutorService jobThread = Executors.newSingleThreadExecutor();
		Future<?> voidStep = jobThread.submit(() -> engine.runJobs());
		try {
			assertThat(hold.awaitHeldAnswer(Duration.ofSeconds(30))).as("the void reached the provider").isTrue();

			List<String> locked = new TransactionTemplate(transactions)
				.execute(status -> jdbc.sql("select status from payment where order_number = ? for update nowait")
					.param(orderNumber)
					.query(String.class)
					.list());
			assertThat(locked).as("the payment row, locked at once").containsExactly("AUTHORIZED");

			JsonNode order = api.order(orderNumber);
			assertThat(order.get("status").asText()).isEqualTo("CANCELLED");
			assertThat(api.cancel(orderNumber, "Changed my mind again").getStatusCode().is5xxServerError()).isFalse();
		}
		finally {
			hold.release();
		}
		voidStep.get(1, TimeUnit.MINUTES);
		jobThread.shutdown();
		engine.runJobs();

		JsonNode order = api.order(orderNumber);
		assertThat(order.get("paymentStatus").asText()).isEqualTo("VOIDED");
		assertThat(timelineTypes(order)).containsOnlyOnce("PAYMENT_VOIDED");
		assertThat(books.ledgerEntries(orderNumber, "VOID")).isEqualTo(1);
	}

}
