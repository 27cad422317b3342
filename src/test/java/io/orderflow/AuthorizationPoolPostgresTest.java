package io.orderflow;

import static io.orderflow.NewOrder.line;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import io.orderflow.payment.simulated.SimulatedProviderHolds;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * As many authorization steps at once as Orderflow's pool has connections, each job
 * holding its connection: the attempt and the answer each step commits on its own never
 * wait for a second connection of that pool, so every order is confirmed. The pool's
 * timeout is short (1 s) so that a starved pool shows as failed steps, not as a 30 s
 * wait.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.datasource.hikari.maximum-pool-size=" + AuthorizationPoolPostgresTest.POOL,
				"spring.datasource.hikari.connection-timeout=1000" })
@ActiveProfiles({ "demo", "test" })
@DirtiesContext
class AuthorizationPoolPostgresTest implements OnPostgres {

	static final int POOL = 6;

	@Autowired
	TestRestTemplate anonymous;

	@Autowired
	ProcessEngine processEngine;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	SimulatedProviderHolds provider;

	@Test
	void asManyAuthorizationStepsAsOrderflowHasConnectionsAllConfirmTheirOrders() throws Exception {
		OrderflowApi api = new OrderflowApi(anonymous);
		EngineDriver engine = new EngineDriver(processEngine, api::businessKeys);
		String sku = TestProducts.create(jdbc, "18.00");
		assertThat(api.receive(sku, "BER", 100).getStatusCode()).isEqualTo(HttpStatus.OK);
		TestProducts.noStock(jdbc, sku, "LEJ");
		List<String> orders = new ArrayList<>();
		List<Job> authorizations = new ArrayList<>();
		List<SimulatedProviderHolds.Hold> holds = new ArrayList<>();
		for (int i = 0; i < POOL; i++) {
			String orderNumber = api.placed(NewOrder.of(line(sku, 1)));
			orders.add(orderNumber);
			authorizations.add(engine.runUntilJobAt(orderNumber, "authorizePayment"));
			holds.add(provider.holdNextAuthorizationAnswer(orderNumber));
		}

		ExecutorService jobs = Executors.newFixedThreadPool(POOL);
		try {
			List<Future<?>> steps = new ArrayList<>();
			for (Job job : authorizations) {
				steps.add(jobs.submit(() -> engine.execute(job)));
			}
			// every step holds its job's connection and has its answer waiting: then all
			// record it at once
			for (SimulatedProviderHolds.Hold hold : holds) {
				assertThat(hold.awaitHeldAnswer(Duration.ofSeconds(20))).as("every step reached the provider").isTrue();
			}
			holds.forEach(SimulatedProviderHolds.Hold::release);
			for (Future<?> step : steps) {
				step.get(30, TimeUnit.SECONDS);
			}
		}
		finally {
			holds.forEach(SimulatedProviderHolds.Hold::release);
			jobs.shutdownNow();
		}

		assertThat(orders)
			.allSatisfy(orderNumber -> assertThat(api.status(orderNumber)).isIn("CONFIRMED", "IN_FULFILLMENT"));
	}

}
