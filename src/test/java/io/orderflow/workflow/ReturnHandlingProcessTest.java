package io.orderflow.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.Duration;
import java.util.Date;
import java.util.Map;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.junit.jupiter.api.Test;

@Deployment(resources = "return-handling.bpmn")
class ReturnHandlingProcessTest extends ProcessTestSupport {

	static final String RETURN = "RMA-500001";

	@Test
	void approvedReturnGetsALabelWaitsForItsParcelIsInspectedRestockedAndRefunded() {
		ProcessInstance handling = start();

		execute(jobAt("createReturnLabel"));
		assertThat(handling).isWaitingAt("parcelGateway");
		parcelArrives();
		assertThat(handling).isWaitingAt("inspectReturn");
		assertThat(task()).hasCandidateGroup("warehouse");
		complete(task(), withVariables("itemCondition", "RESELLABLE"));
		execute(jobAt("refundReturn"));

		assertThat(handling).isEnded().hasPassed("returnRefunded");
		assertThat(calls).containsExactly("assessReturn", "createReturnLabel", "approveReturn", "restockReturn",
				"refundReturn");
	}

	@Test
	void returnThePolicyCannotDecideGoesToCustomerServiceDueWithinItsSlaWhoMayApproveIt() {
		delegate("assessReturn", execution -> execution.setVariable("returnDecision", "REVIEW"));
		ProcessInstance handling = start();

		assertThat(handling).isWaitingAt("reviewReturn");
		assertThat(task()).hasCandidateGroup("customer-service");
		assertThat(task().getDueDate())
			.isCloseTo(TimerDuration.of(TIMERS.get("returnReviewSla")).after(task().getCreateTime()), 1_000);
		complete(task(), withVariables("reviewDecision", "APPROVE"));

		assertThat(handling).isWaitingAt("createReturnLabel");
		assertThat(calls).as("approved only once the label is bought and the parcel can be taken")
			.containsExactly("assessReturn");
	}

	@Test
	void returnCustomerServiceRefusesIsRejectedAndTheCustomerTold() {
		delegate("assessReturn", execution -> execution.setVariable("returnDecision", "REVIEW"));
		ProcessInstance handling = start();

		complete(task(handling), withVariables("reviewDecision", "REJECT", "rejectionReason",
				"We could not verify the billing address"));

		assertThat(handling).isEnded().hasPassed("rejectReturn", "returnRejected");
		assertThat(calls).containsExactly("assessReturn", "rejectReturn");
	}

	@Test
	void returnThePolicyRejectsNeverReachesAPerson() {
		delegate("assessReturn", execution -> execution.setVariable("returnDecision", "REJECT"));

		ProcessInstance handling = start();

		assertThat(handling).isEnded().hasPassed("returnRejected").hasNotPassed("reviewReturn");
	}

	@Test
	void parcelThatNeverArrivesClosesTheReturnAfterItsWindow() {
		ProcessInstance handling = start();
		execute(jobAt("createReturnLabel"));

		assertThat(jobAt("returnParcelOverdue").getDuedate())
			.isCloseTo(new Date(System.currentTimeMillis() + Duration.ofDays(14).toMillis()), 60_000);
		execute(jobAt("returnParcelOverdue"));

		assertThat(handling).isEnded().hasPassed("expireReturn", "returnExpired");
		assertThat(calls).endsWith("expireReturn").doesNotContain("refundReturn");
	}

	private ProcessInstance start() {
		return runtimeService().startProcessInstanceByKey("return-handling", RETURN,
				Map.of("orderNumber", "OF-100001", "returnNumber", RETURN));
	}

	private void parcelArrives() {
		runtimeService().createMessageCorrelation("ReturnReceived").processInstanceBusinessKey(RETURN).correlate();
	}

}
