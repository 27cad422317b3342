package io.orderflow.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.orderflow.EngineDriver;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * The process dies after the payment provider captured but before Orderflow committed (the worst moment). The
 * retried step must not capture again: the provider's ledger shows one capture, and the order is charged exactly
 * its grand total.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({ "demo", "test" })
@DirtiesContext
class CaptureCrashSafetyTest {

	@Autowired
	TestRestTemplate rest;

	@Autowired
	TaskService tasks;

	@Autowired
	ManagementService management;

	@Autowired
	RuntimeService runtime;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ObjectMapper json;

	@Autowired
	CrashAfterCapture crash;

	@Test
	void crashBetweenTheProviderCaptureAndTheCommitNeverCapturesTwice() throws Exception {
		String orderNumber = placeOrder();
		runJobs();
		tasks.complete(task(orderNumber, "pickItems"));
		tasks.complete(task(orderNumber, "packOrder"), Map.of("parcelWeightGrams", 300));
		management.executeJob(job(orderNumber, "createShipment").getId());

		crash.armed.set(true);
		Job capture = job(orderNumber, "capturePayment");
		assertThatThrownBy(() -> management.executeJob(capture.getId())).hasStackTraceContaining("crashed");
		assertThat(jdbc.sql("select count(*) from payment_capture where order_number = ?")
			.param(orderNumber)
			.query(Integer.class)
			.single()).as("Orderflow's own record rolled back").isZero();

		management.executeJob(capture.getId());
		runJobs();

		assertThat(jdbc.sql("select count(*) from payment_gateway_ledger where idempotency_key like ? and operation = 'CAPTURE'")
			.param(orderNumber + ":%")
			.query(Integer.class)
			.single()).isEqualTo(1);
		JsonNode order = json.readTree(rest.withBasicAuth("demo", "demo").getForObject("/api/orders/" + orderNumber, String.class));
		assertThat(order.get("paymentStatus").asText()).isEqualTo("CAPTURED");
		assertThat(jdbc.sql("select captured_amount from payment where order_number = ?")
			.param(orderNumber)
			.query(BigDecimal.class)
			.single()).isEqualByComparingTo(order.at("/totals/grandTotal").decimalValue());
	}

	private String placeOrder() throws Exception {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_JSON);
		String body = """
				{"channel":"WEB","customer":{"id":"C-CRASH","name":"Ada Lovelace","email":"crash@example.com"},
				 "shippingAddress":{"name":"Ada Lovelace","line1":"Main St 1","city":"Berlin","postalCode":"10115","country":"DE"},
				 "lines":[{"sku":"SOCKS-3PK","quantity":1}],"shippingMethod":"STANDARD",
				 "payment":{"method":"CARD","token":"tok_visa"}}""";
		String response = rest.withBasicAuth("demo", "demo")
			.exchange("/api/orders", HttpMethod.POST, new HttpEntity<>(body, headers), String.class)
			.getBody();
		return json.readTree(response).get("orderNumber").asText();
	}

	private void runJobs() {
		new EngineDriver(management, runtime).runJobs();
	}

	private String task(String orderNumber, String key) {
		return tasks.createTaskQuery().processInstanceBusinessKey(orderNumber).taskDefinitionKey(key).singleResult().getId();
	}

	private Job job(String orderNumber, String activityId) {
		return new EngineDriver(management, runtime).jobAt(orderNumber, activityId);
	}

	/** The real simulated provider, and a crash right after it answered a capture, once, when armed. */
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
		public GatewayResponse voidAuthorization(String key, String authorization, BigDecimal amount,
				String currency) {
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
