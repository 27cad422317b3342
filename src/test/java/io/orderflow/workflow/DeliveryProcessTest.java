package io.orderflow.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.Duration;
import java.util.Date;
import java.util.Map;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.junit.jupiter.api.Test;

@Deployment(resources = "delivery.bpmn")
class DeliveryProcessTest extends ProcessTestSupport {

	@Test
	void carrierDeliveryMessageCompletesTheDelivery() {
		ProcessInstance delivery = start(false);

		assertThat(delivery).isWaitingAt("awaitDelivery");
		runtimeService().createMessageCorrelation("ShipmentDelivered").processInstanceBusinessKey("OF-1").correlate();

		assertThat(delivery).isEnded().hasPassed("recordDelivery", "orderDelivered");
	}

	@Test
	void deliveryReportedBeforeTheProcessWaitedIsNotWaitedFor() {
		ProcessInstance delivery = start(true);

		assertThat(delivery).isEnded().hasPassed("recordDelivery").hasNotPassed("awaitDelivery");
	}

	@Test
	void overdueDeliveryGoesToCustomerServiceAfterTheSla() {
		Date started = new Date();
		ProcessInstance delivery = start(false);

		assertThat(jobAt("deliveryOverdue").getDuedate())
			.isCloseTo(new Date(started.getTime() + Duration.ofDays(10).toMillis()), 60_000);
		execute(jobAt("deliveryOverdue"));

		assertThat(delivery).isWaitingAt("investigateDelivery");
		assertThat(task()).hasCandidateGroup("customer-service");
		complete(task(), withVariables("delivered", true));
		assertThat(delivery).isEnded().hasPassed("investigateDelivery", "recordDelivery");
	}

	@Test
	void investigationThatFindsNoParcelKeepsWaitingForTheCarrier() {
		ProcessInstance delivery = start(false);
		execute(jobAt("deliveryOverdue"));

		complete(taskAt("investigateDelivery"), withVariables("delivered", false));

		assertThat(delivery).isWaitingAt("awaitDelivery").hasPassed("investigationOutcomeGateway");
		assertThat(calls).doesNotContain("recordDelivery");
		runtimeService().createMessageCorrelation("ShipmentDelivered").processInstanceBusinessKey("OF-1").correlate();
		assertThat(delivery).isEnded();
	}

	private ProcessInstance start(boolean alreadyDelivered) {
		delegate("checkDeliveryStatus", execution -> execution.setVariable("delivered", alreadyDelivered));
		return runtimeService().startProcessInstanceByKey("delivery", "OF-1", Map.of("orderNumber", "OF-1"));
	}

}
