package io.orderflow.system;

import static io.orderflow.NewOrder.line;
import static io.orderflow.OrderflowApi.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;

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
	void theFiguresAreForAdministratorsOnly() {
		assertThat(
				api.as("shop").rest().getForEntity("/actuator/metrics/orderflow.orders", String.class).getStatusCode())
			.isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(api.anonymous().getForEntity("/actuator/metrics/orderflow.orders", String.class).getStatusCode())
			.isEqualTo(HttpStatus.UNAUTHORIZED);
	}

	private double metric(String name, String tag) {
		ResponseEntity<String> answer = api.rest()
			.getForEntity("/actuator/metrics/" + name + (tag == null ? "" : "?tag=" + tag), String.class);
		assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(HttpStatus.OK);
		return json(answer).get("measurements").get(0).get("value").asDouble();
	}

}
