package io.orderflow.web;

import static io.orderflow.NewOrder.line;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;

import io.orderflow.HttpScenarios;
import io.orderflow.NewOrder;
import io.orderflow.OrderflowApi;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Completing a task over {@code /engine-rest} that another request has just ended is
 * answered in the API's language, never 500: 404 when the task is gone (its order was
 * cancelled a moment earlier), 409 when both changed it at once; the winner's 204 stands.
 */
abstract class EngineRestConflictScenarios extends HttpScenarios {

	@Test
	void completingThePickOfAnOrderCancelledAMomentEarlierIs404NotAServerError() {
		String orderNumber = api.placed(NewOrder.of(line(newProduct("12.00", 3, 0), 1)));
		engine.runJobs();
		Task pick = engine.task(orderNumber, "pickItems");
		assertThat(api.cancel(orderNumber, "Ordered the wrong size").getStatusCode()).isEqualTo(HttpStatus.OK);

		ResponseEntity<String> late = api.as("wendy").completeTask(pick.getId(), Map.of("allItemsPicked", true));

		assertThat(late.getStatusCode()).as(late.getBody()).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(OrderflowApi.json(late).get("type").asText()).isEqualTo("NotFoundException");
		assertThat(api.order(orderNumber).get("status").asText()).isEqualTo("CANCELLED");
	}

	/**
	 * Two pickers (or two nodes) complete the same pick at the same moment, several times
	 * over, as a race may be missed once: one is taken, the other is told the task
	 * changed or is gone.
	 */
	@Test
	void theSamePickCompletedTwiceAtOnceIsTakenOnceAndTheOtherIsAConflictNotAServerError() throws Exception {
		String sku = newProduct("12.00", 20, 0);
		for (int round = 0; round < 5; round++) {
			String orderNumber = api.placed(NewOrder.of(line(sku, 1)));
			engine.runJobs();
			Task pick = engine.task(orderNumber, "pickItems");

			CyclicBarrier start = new CyclicBarrier(2);
			List<CompletableFuture<ResponseEntity<String>>> pickers = new ArrayList<>();
			for (int picker = 0; picker < 2; picker++) {
				pickers.add(CompletableFuture.supplyAsync(() -> {
					await(start);
					return api.as("wendy").completeTask(pick.getId(), Map.of("allItemsPicked", true));
				}));
			}
			List<Integer> statuses = new ArrayList<>();
			for (CompletableFuture<ResponseEntity<String>> picker : pickers) {
				ResponseEntity<String> answer = picker.get(60, TimeUnit.SECONDS);
				statuses.add(answer.getStatusCode().value());
				assertThat(answer.getStatusCode().value()).as("round %d: %s", round, answer.getBody())
					.isIn(204, 404, 409);
			}
			assertThat(statuses).as("round %d", round).containsOnlyOnce(204);
		}
	}

	private static void await(CyclicBarrier barrier) {
		try {
			barrier.await(30, TimeUnit.SECONDS);
		}
		catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}

}
