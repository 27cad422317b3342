package io.orderflow.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.junit.jupiter.api.Test;

/** The top-level lifecycle with its real called diagrams; only the Java steps are stand-ins. */
@Deployment(resources = { "order-fulfillment.bpmn", "fraud-check.bpmn", "payment.bpmn", "fulfillment.bpmn",
		"delivery.bpmn" })
class OrderFulfillmentProcessTest extends ProcessTestSupport {

	static final String ORDER = "OF-100001";




	@Test
	void orderGoesFromPlacementThroughEveryStageToCompletionAfterTheReturnWindow() {
		lowRisk();
		delegate("checkDeliveryStatus", execution -> execution.setVariable("delivered", false));
		ProcessInstance order = start();

		execute(jobAt("authorizePayment"));
		assertThat(order).isWaitingAt("fulfillOrder");
		ProcessInstance fulfillment = calledInstance("fulfillment");
		assertThat(fulfillment).isWaitingAt("pickItems");
		complete(taskAt("pickItems"));
		complete(taskAt("packOrder"), withVariables("parcelWeightGrams", 900));
		execute(jobAt("createShipment"));
		execute(jobAt("capturePayment"));

		assertThat(order).isWaitingAt("deliverOrder");
		runtimeService().createMessageCorrelation("ShipmentDelivered").processInstanceBusinessKey(ORDER).correlate();

		assertThat(order).isWaitingAt("returnWindowClosed");
		assertThat(jobAt("returnWindowClosed").getDuedate()).isCloseTo(new Date(System.currentTimeMillis() + Duration.ofDays(30).toMillis()),
				60_000);
		execute(jobAt("returnWindowClosed"));

		assertThat(order).isEnded().hasPassed("orderCompleted");
		assertThat(calls).containsExactly("assessFraudRisk", "authorizePayment", "reserveStock",
				"createShipment", "deductShippedStock", "capturePayment", "checkDeliveryStatus", "recordDelivery",
				"completeOrder");
	}

	@Test
	void everyCalledStageCarriesTheOrderNumberAsBusinessKey() {
		lowRisk();
		start();
		execute(jobAt("authorizePayment"));

		ProcessInstance fulfillment = calledInstance("fulfillment");
		assertThat(runtimeService().getVariable(fulfillment.getId(), "orderNumber")).isEqualTo(ORDER);
		assertThat(taskService().createTaskQuery().processInstanceBusinessKey(ORDER).singleResult().getTaskDefinitionKey())
			.isEqualTo("pickItems");
	}

	@Test
	void orderRejectedByFraudScreeningIsRejectedAndNeverCharged() {
		delegate("assessFraudRisk", execution -> execution.setVariable("riskLevel", "BLOCK"));

		ProcessInstance order = start();

		assertThat(order).isEnded().hasPassed("fraudRejected", "rejectOrder", "orderRejected");
		assertThat(calls).containsExactly("assessFraudRisk", "rejectOrder");
	}

	@Test
	void orderApprovedInReviewContinuesToPayment() {
		delegate("assessFraudRisk", execution -> execution.setVariable("riskLevel", "REVIEW"));
		ProcessInstance order = start();

		assertThat(order).isWaitingAt("screenForFraud");
		complete(taskAt("reviewOrder"), withVariables("approved", true));

		assertThat(order).isWaitingAt("takePayment");
		assertThat(calls).containsExactly("assessFraudRisk", "markUnderReview");
	}

	@Test
	void declinedPaymentCancelsTheOrderBeforeAnyStockIsReserved() {
		lowRisk();
		delegate("authorizePayment", execution -> {
			throw new BpmnError("PAYMENT_DECLINED");
		});
		List<Object> causes = recordCancellationCauses();
		ProcessInstance order = start();

		execute(jobAt("authorizePayment"));

		assertThat(order).isEnded().hasPassed("paymentDeclined", "cancelOrder", "orderCancelled");
		assertThat(causes).containsExactly("PAYMENT_DECLINED");
		assertThat(calls).doesNotContain("reserveStock", "voidPayment");
	}

	@Test
	void outOfStockVoidsTheAuthorizationThenCancels() {
		lowRisk();
		delegate("reserveStock", execution -> {
			throw new BpmnError("OUT_OF_STOCK");
		});
		List<Object> causes = recordCancellationCauses();
		ProcessInstance order = start();
		execute(jobAt("authorizePayment"));

		assertThat(order).isWaitingAt("voidPayment");
		execute(jobAt("voidPayment"));

		assertThat(order).isEnded().hasPassed("outOfStock", "voidPayment", "orderCancelled");
		assertThat(causes).containsExactly("OUT_OF_STOCK");
		assertThat(calls).containsSubsequence("authorizePayment", "reserveStock", "voidPayment", "cancelOrder");
	}

	private void lowRisk() {
		delegate("assessFraudRisk", execution -> execution.setVariable("riskLevel", "LOW"));
	}

	private List<Object> recordCancellationCauses() {
		List<Object> causes = new ArrayList<>();
		delegate("cancelOrder", execution -> causes.add(execution.getVariable("cancellationCause")));
		return causes;
	}

	private ProcessInstance start() {
		return runtimeService().startProcessInstanceByKey("order-fulfillment", ORDER, Map.of("orderNumber", ORDER));
	}

	private ProcessInstance calledInstance(String processKey) {
		return runtimeService().createProcessInstanceQuery()
			.processDefinitionKey(processKey)
			.processInstanceBusinessKey(ORDER)
			.singleResult();
	}

}
