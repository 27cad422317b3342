package io.orderflow.workflow;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Base of the process tests: an in-memory engine running the real diagrams, with
 * stand-ins for the Spring beans the diagrams name that record which steps ran in which
 * order. Each test registers the behaviour it needs; every other step does nothing.
 */
abstract class ProcessTestSupport {

	// An instance field, as Camunda documents it; the engine itself is built once and
	// cached per configuration.
	@RegisterExtension
	final ProcessEngineExtension engine = ProcessEngineExtension.builder()
		.configurationResource("process-test.camunda.cfg.xml")
		.build();

	static final String[] DELEGATES = { "markUnderReview", "rejectOrder", "cancelOrder", "completeOrder",
			"authorizePayment", "voidPayment", "markBackordered", "escalateReview", "awaitPayment",
			"confirmCashOnDelivery", "applyPaymentResolution", "collectCashOnDelivery", "cancelShortLines",
			"releaseStock", "createShipment", "deductShippedStock", "capturePayment", "settlePayment", "recordDelivery",
			"confirmShipmentDelivered", "extendDeliveryDeadline", "refundShipment", "closeShipmentRefunded",
			"reserveForReship", "createReshipment", "shipReshipment", "restockShipment", "approveReturn",
			"rejectReturn", "expireReturn", "createReturnLabel", "restockReturn", "refundReturn" };

	static final String[] LISTENERS = { "presentOrder", "presentPickList", "recordReviewOutcome",
			"checkPickedQuantities", "checkParcelWeight", "presentLabel", "checkBackorderDecision", "presentReturn",
			"recordReturnReview", "recordInspection", "presentDeliveryProblem", "checkDeliveryResolution",
			"presentOrderToWarehouse", "presentReview", "presentBackorder", "presentPaymentProblem",
			"checkPaymentResolution", "presentReturnToWarehouse" };

	/** The warehouses the next fulfilment ships from, one shipment each. */
	final ShipmentPlan shipmentPlan = new ShipmentPlan();

	final List<String> calls = new ArrayList<>();

	@BeforeEach
	void registerStandIns() {
		BpmnAwareTests.init(engine.getProcessEngine());
		Mocks.reset();
		for (String name : DELEGATES) {
			delegate(name, execution -> {
			});
		}
		for (String name : LISTENERS) {
			Mocks.register(name, (TaskListener) task -> {
			});
		}
		Mocks.register("markHandedOver", (ExecutionListener) execution -> {
		});
		// Defaults of the happy path: low risk, everything in stock and shipped at once,
		// not yet delivered.
		delegate("assessFraudRisk", execution -> execution.setVariable("riskLevel", "LOW"));
		delegate("reserveStock", execution -> execution.setVariable("stockShort", false));
		delegate("recordPick", execution -> execution.setVariable("anythingPicked", true));
		delegate("reallocateShortfall", execution -> execution.setVariable("moreToShipNow", false));
		delegate("checkShippingProgress", execution -> execution.setVariable("allShipped", true));
		delegate("preparePayment", execution -> execution.setVariable("paymentMethod", "CARD"));
		delegate("checkDeliveryStatus", execution -> {
			execution.setVariable("delivered", false);
			execution.setVariable("shipmentKey", null);
			execution.setVariable("deliveryDeadline", new Date(System.currentTimeMillis() + 86_400_000L));
		});
		delegate("assessReturn", execution -> execution.setVariable("returnDecision", "APPROVE"));
		Mocks.register("markInFulfillment", (ExecutionListener) execution -> calls.add("markInFulfillment"));
		// As the steps before the cancellation do: the cause named in the diagram, and
		// whether payment was taken.
		delegate("recordCancellationCause",
				execution -> execution.setVariable("cancellationCause", execution.getVariable("cause")));
		delegate("checkPaymentTaken",
				execution -> execution.setVariable("paymentTaken",
						execution.getProcessEngineServices()
							.getHistoryService()
							.createHistoricActivityInstanceQuery()
							.processInstanceId(execution.getProcessInstanceId())
							.activityId("takePayment")
							.finished()
							.count() > 0));
		Mocks.register("timers", TIMERS);
		Mocks.register("returnWindow", new ReturnWindowFromNow(TIMERS.get("returnWindow")));
		Mocks.register("shipmentPlan", shipmentPlan);
		Mocks.register("warehousePriority", warehousePriority);
	}

	/** Leaves no stand-ins behind for tests that run later on this thread. */
	@AfterEach
	void removeStandIns() {
		Mocks.reset();
	}

	/**
	 * Registers the bean {@code name}; the call is recorded before {@code behaviour}
	 * runs.
	 */
	void delegate(String name, JavaDelegate behaviour) {
		Mocks.register(name, (JavaDelegate) execution -> {
			calls.add(name);
			behaviour.execute(execution);
		});
	}

	/** The job waiting at an activity, in whichever process instance it is. */
	static Job jobAt(String activityId) {
		return BpmnAwareTests.jobQuery().activityId(activityId).singleResult();
	}

	/** The open task of a user task, in whichever process instance it is. */
	static Task taskAt(String taskDefinitionKey) {
		return BpmnAwareTests.taskQuery().taskDefinitionKey(taskDefinitionKey).singleResult();
	}

	/** Priority and due date of warehouse tasks, per order number. */
	final WarehousePriority warehousePriority = new WarehousePriority();

	public static class WarehousePriority {

		final Map<String, Integer> priorities = new java.util.HashMap<>();

		final Map<String, java.util.Date> dueDates = new java.util.HashMap<>();

		public int priority(String orderNumber) {
			return priorities.getOrDefault(orderNumber, 50);
		}

		public java.util.Date dueDate(String orderNumber) {
			return dueDates.get(orderNumber);
		}

	}

	public static class ShipmentPlan {

		List<String> warehouses = List.of("BER");

		public List<String> warehouses(String orderNumber) {
			return warehouses;
		}

	}

	static final Map<String, String> TIMERS = Map.of("returnWindow", "P30D", "deliverySla", "P10D", "reservationTtl",
			"P7D", "backorderWait", "P14D", "reviewSla", "PT4H", "paymentRetryWindow", "P2D", "bankTransferDeadline",
			"P5D", "returnParcelWindow", "P14D", "returnReviewSla", "P1D");

}
