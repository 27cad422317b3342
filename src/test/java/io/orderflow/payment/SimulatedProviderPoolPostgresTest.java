package io.orderflow.payment;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import io.orderflow.OnPostgres;
import io.orderflow.payment.PaymentGateway.GatewayResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * As many jobs as Orderflow's pool has connections authorize at once, each holding its
 * connection as a job's transaction does: the simulated provider answers all of them at
 * once, because its transactions never wait for a second connection from that pool. The
 * pool's timeout is short (1 s) so that a starved pool shows as failed authorizations,
 * not as a 30 s wait.
 */
@SpringBootTest(properties = { "spring.datasource.hikari.maximum-pool-size=" + SimulatedProviderPoolPostgresTest.POOL,
		"spring.datasource.hikari.connection-timeout=1000" })
@ActiveProfiles({ "demo", "test" })
@DirtiesContext
class SimulatedProviderPoolPostgresTest implements OnPostgres {

	static final int POOL = 8;

	@Autowired
	PaymentGateway gateway;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcClient jdbc;

	@Test
	void asManyAuthorizationsAsOrderflowHasConnectionsAllAnswerWithinThePoolTimeout() throws Exception {
		CyclicBarrier everyCallerHoldsAConnection = new CyclicBarrier(POOL);
		ExecutorService jobs = Executors.newFixedThreadPool(POOL);
		try {
			List<CompletableFuture<GatewayResponse>> answers = IntStream.range(0, POOL)
				.mapToObj(job -> CompletableFuture.supplyAsync(() -> transactions.execute(status -> {
					jdbc.sql("select 1").query(Integer.class).single();
					await(everyCallerHoldsAConnection);
					return gateway.authorize("OF-POOL-" + UUID.randomUUID() + ":authorize", "tok_visa",
							new BigDecimal("19.90"), "EUR");
				}), jobs))
				.toList();
			CompletableFuture.allOf(answers.toArray(CompletableFuture[]::new)).get(30, TimeUnit.SECONDS);

			assertThat(answers).allSatisfy(answer -> assertThat(answer.join().approved()).isTrue());
		}
		finally {
			jobs.shutdownNow();
		}
	}

	private static void await(CyclicBarrier barrier) {
		try {
			barrier.await(10, TimeUnit.SECONDS);
		}
		catch (Exception e) {
			throw new IllegalStateException("Not every caller got its connection", e);
		}
	}

}
