package io.orderflow.infrastructure;

import static io.orderflow.NewOrder.line;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;

import io.orderflow.NewOrder;
import io.orderflow.OrderflowApi;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The first orders after a fresh start on the embedded database, as
 * {@code ./mvnw spring-boot:run} gives it (an H2 file, the job executor running the
 * process's steps): eight placed at once are all confirmed within seconds. They used to
 * stall about a minute on {@code Timeout trying to lock table "CUSTOMER_ORDER"}: the mail
 * and webhook listeners held the order's row while rendering, the payment step waited for
 * it and failed, and its retry came a minute later.
 * <p>
 * H2's lock timeout is cut from 2 s to 0.3 s here: on a quick machine a listener's hold
 * rarely lasts 2 s, on the fault run's it did. What the test looks for is any lock on the
 * order held by a listener, whatever its length.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "camunda.bpm.job-execution.enabled=true")
@ActiveProfiles({ "demo", "test" })
@DirtiesContext
class FirstOrdersOnFreshH2Test {

	private static final Set<String> CONFIRMED_OR_LATER = Set.of("CONFIRMED", "IN_FULFILLMENT");

	@Autowired
	TestRestTemplate rest;

	@DynamicPropertySource
	static void freshDatabaseFile(DynamicPropertyRegistry registry) throws Exception {
		Path folder = Files.createTempDirectory("orderflow-fresh-h2");
		registry.add("spring.datasource.url", () -> "jdbc:h2:file:" + folder.resolve("orderflow").toAbsolutePath()
				+ ";DB_CLOSE_ON_EXIT=FALSE;LOCK_TIMEOUT=300");
	}

	@Test
	void eightOrdersPlacedAtOnceRightAfterStartAreConfirmedWithinSeconds() {
		OrderflowApi api = new OrderflowApi(rest);
		assertThat(api.receive("MUG-CER-350", "BER", 100).getStatusCode()).isEqualTo(HttpStatus.OK);
		ExecutorService shop = Executors.newFixedThreadPool(8);
		try {
			List<String> orderNumbers = IntStream.range(0, 8)
				.mapToObj(i -> CompletableFuture.supplyAsync(() -> placedAsAShopRetries(api), shop))
				.toList()
				.stream()
				.map(CompletableFuture::join)
				.toList();

			// Well below the minute the stalled orders took; not a benchmark.
			await().atMost(Duration.ofSeconds(20))
				.pollInterval(Duration.ofMillis(250))
				.untilAsserted(() -> assertThat(orderNumbers)
					.allSatisfy(orderNumber -> assertThat(api.status(orderNumber)).isIn(CONFIRMED_OR_LATER)));
		}
		finally {
			shop.shutdownNow();
		}
	}

	/**
	 * With the lock timeout at 0.3 s, eight placements of one product can time out on its
	 * stock row on a loaded machine. That is a 503 with {@code Retry-After}, and a shop
	 * retries it with the same {@code Idempotency-Key}, as the README says.
	 */
	private static String placedAsAShopRetries(OrderflowApi api) {
		NewOrder order = NewOrder.of(line("MUG-CER-350", 1));
		String key = UUID.randomUUID().toString();
		ResponseEntity<String> response = api.place(order, key);
		for (int retry = 0; retry < 5 && response.getStatusCode() == HttpStatus.SERVICE_UNAVAILABLE; retry++) {
			response = api.place(order, key);
		}
		assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.CREATED);
		return OrderflowApi.json(response).get("orderNumber").asText();
	}

}
