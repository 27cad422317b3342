package io.orderflow.infrastructure;

import static io.orderflow.NewOrder.line;
import static io.orderflow.OrderflowApi.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import io.orderflow.HttpScenarios;
import io.orderflow.NewOrder;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The figures an operator watches, read as an administrator from
 * {@code /actuator/metrics}: orders per status, staff queues, jobs and incidents; and an
 * order that needs a person says so in its {@code attention}.
 */
abstract class OperationsMetricsScenarios extends HttpScenarios {

	@Autowired
	private ManagementService management;

	@Autowired
	private TaskService tasks;

	@Test
	void ordersPerStatusAndTheWarehouseQueueFollowWhatHappens() {
		double cancelledBefore = metric("orderflow.orders", "status:CANCELLED");
		double pickingBefore = metric("orderflow.tasks.open", "queue:warehouse");

		String orderNumber = api.placed(NewOrder.of(line(newProduct("15.00", 2, 0), 1)));
		engine.runJobs();
		assertThat(metric("orderflow.tasks.open", "queue:warehouse")).isEqualTo(pickingBefore + 1);
		assertThat(metric("orderflow.tasks.oldest.age", "queue:warehouse")).isGreaterThanOrEqualTo(0);

		api.cancel(orderNumber, "No longer needed");
		engine.runJobs();
		assertThat(metric("orderflow.orders", "status:CANCELLED")).isEqualTo(cancelledBefore + 1);
		assertThat(metric("orderflow.tasks.open", "queue:warehouse")).isEqualTo(pickingBefore);
	}

	@Test
	void aStepThatFailedOnEveryRetryShowsAsAFailedJobAndAnIncident() {
		double incidentsBefore = metric("orderflow.incidents", null);
		double failedBefore = metric("orderflow.jobs.failed", null);
		String orderNumber = api
			.placed(NewOrder.of(line(newProduct("30.00", 2, 0), 1)).paidWith("CARD", "tok_processingError"));
		Job authorize = engine.jobAt(orderNumber, "authorizePayment");
		for (int attempt = 0; attempt < 3; attempt++) {
			assertThatThrownBy(() -> engine.execute(authorize)).isNotNull();
		}

		assertThat(metric("orderflow.incidents", null)).isEqualTo(incidentsBefore + 1);
		assertThat(metric("orderflow.jobs.failed", null)).isEqualTo(failedBefore + 1);
		JsonNode stuck = api.order(orderNumber);
		assertThat(stuck.get("status").asText()).isEqualTo("PLACED");
		assertThat(stuck.get("attention")).singleElement().satisfies(attention -> {
			assertThat(attention.get("kind").asText()).isEqualTo("INCIDENT");
			assertThat(attention.get("where").asText()).isEqualTo("authorizePayment");
			assertThat(attention.get("message").asText()).contains("HTTP 502");
		});

		management.setJobRetries(authorize.getId(), 1);
		engine.execute(authorize);
		assertThat(metric("orderflow.incidents", null)).isEqualTo(incidentsBefore);
		assertThat(api.order(orderNumber).get("attention")).isEmpty();
	}

	@Test
	void aStaffTaskPastItsDueDateMakesTheOrderNeedAttention() {
		String orderNumber = api.placed(NewOrder.of(line(newProduct("11.00", 2, 0), 1)));
		engine.runJobs();
		assertThat(api.order(orderNumber).get("attention")).isEmpty();

		Task pick = engine.task(orderNumber, "pickItems");
		tasks.setDueDate(pick.getId(), Date.from(Instant.now().minus(Duration.ofHours(1))));

		assertThat(api.order(orderNumber).get("attention")).singleElement().satisfies(attention -> {
			assertThat(attention.get("kind").asText()).isEqualTo("OVERDUE_TASK");
			assertThat(attention.get("where").asText()).isEqualTo("pickItems");
		});
	}

	@Test
	void webhookAttemptsThatFailAndDeliveriesGivenUpAreCounted() throws IOException {
		double attemptsBefore = metricOrZero("orderflow.webhooks.attempts.failed", null);
		double givenUpBefore = metricOrZero("orderflow.webhooks.deliveries.failed", null);
		ResponseEntity<String> subscribed = api.rest()
			.postForEntity("/api/webhook-subscriptions", Map.of("targetUrl",
					"http://127.0.0.1:" + closedPort() + "/hooks", "eventTypes", List.of("ORDER_PLACED")),
					String.class);
		assertThat(subscribed.getStatusCode()).as(subscribed.getBody()).isEqualTo(HttpStatus.CREATED);
		try {
			api.placed(NewOrder.of(line(newProduct("8.00", 2, 0), 1)));

			// The test profile retries a delivery for 3 seconds
			// (orderflow.webhooks.retry-for).
			await().atMost(Duration.ofSeconds(20))
				.untilAsserted(() -> assertThat(metricOrZero("orderflow.webhooks.deliveries.failed", null))
					.isGreaterThanOrEqualTo(givenUpBefore + 1));
			assertThat(metricOrZero("orderflow.webhooks.attempts.failed", null))
				.isGreaterThanOrEqualTo(attemptsBefore + 2);
		}
		finally {
			api.rest().delete("/api/webhook-subscriptions/" + json(subscribed).get("id").asText());
		}
	}

	@Test
	void aCarrierReportThatNoProcessWaitsForYetIsCountedAndStillCounts() {
		String tag = "message:ShipmentDelivered&tag=reason:no-waiting-instance";
		double before = metricOrZero("orderflow.messages.uncorrelated", tag);
		String orderNumber = api.placed(NewOrder.of(line(newProduct("14.00", 2, 0), 1)));
		engine.runJobs();
		engine.pickAll(engine.task(orderNumber, "pickItems"));
		engine.pack(engine.task(orderNumber, "packOrder"));
		engine.execute(engine.jobAt(orderNumber, "createShipment"));
		tasks.complete(engine.task(orderNumber, "handOverParcel").getId(), Map.of("handedOver", true));

		String trackingNumber = api.order(orderNumber).at("/shipments/0/trackingNumber").asText();
		assertThat(api.carrierEvent(trackingNumber, "DELIVERED").getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(metric("orderflow.messages.uncorrelated", tag)).isEqualTo(before + 1);

		engine.runJobs();
		assertThat(api.status(orderNumber)).isEqualTo("DELIVERED");
	}

	@Test
	void theFiguresAreForAdministratorsOnly() {
		assertThat(
				api.as("shop").rest().getForEntity("/actuator/metrics/orderflow.orders", String.class).getStatusCode())
			.isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(api.anonymous().getForEntity("/actuator/metrics/orderflow.orders", String.class).getStatusCode())
			.isEqualTo(HttpStatus.UNAUTHORIZED);
	}

	private double metricOrZero(String name, String tag) {
		ResponseEntity<String> answer = api.rest()
			.getForEntity("/actuator/metrics/" + name + (tag == null ? "" : "?tag=" + tag), String.class);
		return answer.getStatusCode() == HttpStatus.NOT_FOUND ? 0 : metric(name, tag);
	}

	/** A loopback port nothing listens on: every request to it is refused. */
	private static int closedPort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
	}

	private double metric(String name, String tag) {
		ResponseEntity<String> answer = api.rest()
			.getForEntity("/actuator/metrics/" + name + (tag == null ? "" : "?tag=" + tag), String.class);
		assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(HttpStatus.OK);
		return json(answer).get("measurements").get(0).get("value").asDouble();
	}

}
