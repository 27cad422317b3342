package io.orderflow.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.util.Map;

import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.junit.jupiter.api.Test;

@Deployment(resources = "fulfillment.bpmn")
class FulfillmentProcessTest extends ProcessTestSupport {


	@Test
	void reservedOrderIsPickedPackedShippedAndThenCharged() {
		ProcessInstance fulfillment = start();

		assertThat(fulfillment).isWaitingAt("pickItems");
		assertThat(task()).hasCandidateGroup("warehouse");
		complete(task(), withVariables("allItemsPicked", true));
		assertThat(fulfillment).isWaitingAt("packOrder");
		assertThat(task()).hasCandidateGroup("warehouse");
		complete(task(), withVariables("parcelWeightGrams", 1200));

		assertThat(fulfillment).isWaitingAt("createShipment");
		execute(jobAt("createShipment"));
		assertThat(fulfillment).isWaitingAt("capturePayment");
		execute(jobAt("capturePayment"));

		assertThat(fulfillment).isEnded().hasPassed("orderShipped");
		assertThat(calls).containsExactly("reserveStock", "createShipment", "deductShippedStock",
				"capturePayment");
	}

	@Test
	void shortStockEndsInTheOutOfStockErrorBeforeAnyoneIsAskedToPick() {
		delegate("reserveStock", execution -> {
			throw new BpmnError("OUT_OF_STOCK");
		});

		ProcessInstance fulfillment = start();

		assertThat(fulfillment).isEnded().hasPassed("outOfStock").hasNotPassed("pickItems");
	}

	private ProcessInstance start() {
		return runtimeService().startProcessInstanceByKey("fulfillment", "OF-1", Map.of("orderNumber", "OF-1"));
	}

}
