package io.orderflow.order;

import static io.orderflow.NewOrder.line;
import static io.orderflow.OrderflowApi.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import io.orderflow.NewOrder;
import io.orderflow.OnPostgres;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Placing orders on a real PostgreSQL server, as in production, and a marketplace sending
 * the same order several times at once.
 */
class OrderPlacementPostgresTest extends OrderPlacementScenarios implements OnPostgres {

	private static final int SENDERS = 4;

	@Test
	void aMarketplaceSendingItsOrderSeveralTimesAtOnceGetsOneOrder() throws Exception {
		String sku = newProduct("10.00", 10, 0);
		String externalId = "MP-race-" + sku;
		NewOrder order = NewOrder.of(line(sku, 1)).via("MARKETPLACE").withExternalId(externalId);
		CyclicBarrier start = new CyclicBarrier(SENDERS);

		List<CompletableFuture<ResponseEntity<String>>> sent = IntStream.range(0, SENDERS)
			.mapToObj(i -> CompletableFuture.supplyAsync(() -> {
				await(start);
				return api.place(order);
			}))
			.toList();
		List<ResponseEntity<String>> answers = sent.stream().map(CompletableFuture::join).toList();
		engine.runJobs();

		assertThat(answers).extracting(ResponseEntity::getStatusCode)
			.containsOnlyOnce(HttpStatus.CREATED)
			.containsOnly(HttpStatus.CREATED, HttpStatus.OK);
		assertThat(answers).extracting(answer -> json(answer).get("orderNumber").asText())
			.containsOnly(json(
					answers.stream().filter(a -> a.getStatusCode() == HttpStatus.CREATED).findFirst().orElseThrow())
				.get("orderNumber")
				.asText());
		assertThat(ordersWithExternalId(externalId)).isEqualTo(1);
		assertThat(books.reserved(sku, "BER")).isEqualTo(1);
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
