package io.orderflow.payment.simulated;

import static io.orderflow.NewOrder.line;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import com.fasterxml.jackson.databind.JsonNode;
import io.orderflow.Books;
import io.orderflow.EngineDriver;
import io.orderflow.NewOrder.Customer;
import io.orderflow.NewOrder;
import io.orderflow.OrderflowApi;
import io.orderflow.payment.PaymentGateway;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * The process dies after the payment provider captured but before Orderflow committed
 * (the worst moment). The retried step must not capture again: the provider's ledger
 * shows one capture, and the order is charged exactly its grand total.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({ "demo", "test" })
@DirtiesContext
class CaptureCrashSafetyTest {

	@Autowired
	TestRestTemplate rest;

	@Autowired
	ProcessEngine processEngine;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	CrashAfterCapture crash;

	@Test
	void crashBetweenTheProviderCaptureAndTheCommitNeverCapturesTwice() {
		OrderflowApi api = new OrderflowApi(rest);
		EngineDriver engine = new EngineDriver(processEngine, api::businessKeys);
		NewOrder socks = NewOrder.of(line("SOCKS-3PK", 1))
			.by(new Customer("C-CRASH", "Ada Lovelace", "crash@example.com"));
		String orderNumber = api.placed(socks);
		engine.runJobs();
		engine.pickAll(engine.task(orderNumber, "pickItems"));
		engine.pack(engine.task(orderNumber, "packOrder"));
		engine.execute(engine.jobAt(orderNumber, "createShipment"));
		engine.complete(engine.task(orderNumber, "handOverParcel"), Map.of("handedOver", true));

		crash.armed.set(true);
		Job capture = engine.jobAt(orderNumber, "capturePayment");
		assertThatThrownBy(() -> engine.execute(capture)).hasStackTraceContaining("crashed");
		assertThat(jdbc.sql("select count(*) from payment_capture where order_number = ?")
			.param(orderNumber)
			.query(Integer.class)
			.single()).as("Orderflow's own record rolled back").isZero();

		engine.execute(capture);
		engine.runJobs();

		assertThat(new Books(jdbc).ledgerEntries(orderNumber, "CAPTURE")).isEqualTo(1);
		JsonNode order = api.order(orderNumber);
		assertThat(order.get("paymentStatus").asText()).isEqualTo("CAPTURED");
		assertThat(jdbc.sql("select captured_amount from payment where order_number = ?")
			.param(orderNumber)
			.query(BigDecimal.class)
			.single()).isEqualByComparingTo(order.at("/totals/grandTotal").decimalValue());
	}

	/**
	 * The real simulated provider, and a crash right after it answered a capture, once,
	 * when armed.
	 */
	static class CrashAfterCapture implements PaymentGateway {

		final AtomicBoolean armed = new AtomicBoolean();

		private final PaymentGateway provider;

		CrashAfterCapture(PaymentGateway provider) {
			this.provider = provider;
		}

		@Override
		public GatewayResponse authorize(String key, String token, BigDecimal amount, String currency) {
			return provider.authorize(key, token, amount, currency);
		}

		@Override
		public GatewayResponse capture(String key, String authorization, BigDecimal amount, String currency) {
			GatewayResponse answer = provider.capture(key, authorization, amount, currency);
			if (armed.getAndSet(false)) {
				throw new IllegalStateException("Orderflow crashed after the provider captured " + key);
			}
			return answer;
		}

		@Override
		public GatewayResponse voidAuthorization(String key, String authorization, BigDecimal amount, String currency) {
			return provider.voidAuthorization(key, authorization, amount, currency);
		}

		@Override
		public GatewayResponse refund(String key, String payment, BigDecimal amount, String currency) {
			return provider.refund(key, payment, amount, currency);
		}

	}

	@TestConfiguration
	static class Crashing {

		@Bean
		@Primary
		CrashAfterCapture crashAfterCapture(SimulatedPaymentGateway provider) {
			return new CrashAfterCapture(provider);
		}

	}

}
