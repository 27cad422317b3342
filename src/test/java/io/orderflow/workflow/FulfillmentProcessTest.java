package io.orderflow.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.jobQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.junit.jupiter.api.Test;

@Deployment(resources = "fulfillment.bpmn")
class FulfillmentProcessTest extends ProcessTestSupport {

	@Test
	void reservedOrderIsPickedPackedShippedAndThenCharged() {
		ProcessInstance fulfillment = start();

		assertThat(fulfillment).isWaitingAt("pickItems");
		assertThat(taskAt("pickItems")).hasCandidateGroup("warehouse");
		complete(taskAt("pickItems"), withVariables("allItemsPicked", true));
		assertThat(taskAt("packOrder")).hasCandidateGroup("warehouse");
		complete(taskAt("packOrder"), withVariables("parcelWeightGrams", 1200));

		execute(jobAt("createShipment"));
		assertThat(fulfillment).isWaitingAt("handOverParcel");
		assertThat(taskAt("handOverParcel")).hasCandidateGroup("warehouse");
		assertThat(calls).doesNotContain("deductShippedStock");
		complete(taskAt("handOverParcel"), withVariables("handedOver", true));
		execute(jobAt("capturePayment"));

		assertThat(fulfillment).isEnded().hasPassed("warehouseShipmentSent", "orderShipped");
		assertThat(calls).containsExactly("markInFulfillment", "recordPick", "createShipment", "deductShippedStock",
				"markHandedOver", "capturePayment", "reallocateShortfall");
	}

	@Test
	void warehouseThatFoundNothingShipsNothingAndChargesNothing() {
		delegate("recordPick", execution -> execution.setVariable("anythingPicked", false));
		ProcessInstance fulfillment = start();

		complete(taskAt("pickItems"), withVariables("allItemsPicked", false, "shortPicks", "SKU-1 0"));

		assertThat(fulfillment).isEnded().hasPassed("nothingToShip").hasNotPassed("packOrder", "createShipment");
		assertThat(calls).containsExactly("markInFulfillment", "recordPick", "reallocateShortfall");
	}

	@Test
	void whatWasNotFoundButIsInStockElsewhereShipsInAnotherRound() {
		boolean[] reallocated = { false };
		delegate("reallocateShortfall", execution -> {
			execution.setVariable("moreToShipNow", !reallocated[0]);
			reallocated[0] = true;
		});
		ProcessInstance fulfillment = start();
		complete(taskAt("pickItems"), withVariables("allItemsPicked", false, "shortPicks", "SKU-1 1"));
		complete(taskAt("packOrder"), withVariables("parcelWeightGrams", 100));
		execute(jobAt("createShipment"));
		complete(taskAt("handOverParcel"));
		execute(jobAt("capturePayment"));

		assertThat(fulfillment).isWaitingAt("pickItems");
		complete(taskAt("pickItems"), withVariables("allItemsPicked", true));
		complete(taskAt("packOrder"), withVariables("parcelWeightGrams", 200));
		execute(jobAt("createShipment"));
		complete(taskAt("handOverParcel"));
		execute(jobAt("capturePayment"));

		assertThat(fulfillment).isEnded();
		assertThat(calls.stream().filter("createShipment"::equals)).hasSize(2);
		assertThat(calls.stream().filter("reallocateShortfall"::equals)).hasSize(2);
	}

	@Test
	void warehouseTasksCarryThePriorityAndDueDateOfTheirOrder() {
		java.util.Date due = new java.util.Date(1_800_000_000_000L);
		warehousePriority.priorities.put("OF-1", 80);
		warehousePriority.dueDates.put("OF-1", due);
		start();

		assertThat(taskAt("pickItems").getPriority()).isEqualTo(80);
		assertThat(taskAt("pickItems").getDueDate()).isEqualTo(due);
		complete(taskAt("pickItems"), withVariables("allItemsPicked", true));
		assertThat(taskAt("packOrder").getPriority()).isEqualTo(80);
		assertThat(taskAt("packOrder").getDueDate()).isEqualTo(due);
		complete(taskAt("packOrder"), withVariables("parcelWeightGrams", 1200));
		execute(jobAt("createShipment"));
		assertThat(taskAt("handOverParcel").getPriority()).isEqualTo(80);
	}

	@Test
	void splitOrderShipsOncePerWarehouseEachWithItsOwnWeightAndCapture() {
		shipmentPlan.warehouses = List.of("BER", "LEJ");
		delegate("createShipment", execution -> execution.setVariable("shipmentKey",
				execution.getVariable("warehouse") + "-" + execution.getVariable("parcelWeightGrams")));
		List<Object> captured = new java.util.ArrayList<>();
		delegate("capturePayment", execution -> captured.add(execution.getVariable("shipmentKey")));
		ProcessInstance fulfillment = start();

		List<Task> picks = taskQuery().taskDefinitionKey("pickItems").list();
		assertThat(picks).hasSize(2);
		picks.forEach(pick -> complete(pick));
		for (Task pack : taskQuery().taskDefinitionKey("packOrder").list()) {
			Object warehouse = runtimeService().getVariable(pack.getExecutionId(), "warehouse");
			complete(pack, withVariables("parcelWeightGrams", "BER".equals(warehouse) ? 1000 : 2000));
		}
		for (Job job : jobQuery().activityId("createShipment").list()) {
			execute(job);
		}
		taskQuery().taskDefinitionKey("handOverParcel").list().forEach(handOver -> complete(handOver));
		for (Job job : jobQuery().activityId("capturePayment").list()) {
			execute(job);
		}

		assertThat(fulfillment).isEnded();
		assertThat(captured).containsExactlyInAnyOrder("BER-1000", "LEJ-2000");
	}

	@Test
	void nothingReservedMeansNothingToShip() {
		shipmentPlan.warehouses = List.of();

		ProcessInstance fulfillment = start();

		assertThat(fulfillment).isEnded().hasNotPassed("pickItems");
	}

	private ProcessInstance start() {
		return runtimeService().startProcessInstanceByKey("fulfillment", "OF-1", Map.of("orderNumber", "OF-1"));
	}

}
