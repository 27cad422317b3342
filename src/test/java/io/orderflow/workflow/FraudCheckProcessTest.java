package io.orderflow.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.Duration;
import java.util.Date;
import java.util.Map;

import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.junit.jupiter.api.Test;

@Deployment(resources = "fraud-check.bpmn")
class FraudCheckProcessTest extends ProcessTestSupport {

	@Test
	void lowRiskOrderIsClearedWithoutAPerson() {
		ProcessInstance check = start("LOW");

		assertThat(check).isEnded().hasPassed("orderCleared").hasNotPassed("reviewOrder");
		assertThat(calls).containsExactly("assessFraudRisk");
	}

	@Test
	void reviewRiskIsHeldForAFraudAnalystWhoApproves() {
		ProcessInstance check = start("REVIEW");

		assertThat(check).isWaitingAt("reviewOrder");
		assertThat(task()).hasCandidateGroup("fraud-analysts");
		assertThat(calls).containsExactly("assessFraudRisk", "markUnderReview");
		complete(task(), withVariables("reviewDecision", "APPROVE", "reviewNote", "Known customer"));

		assertThat(check).isEnded().hasPassed("orderApproved");
	}

	@Test
	void reviewRiskRejectedByTheAnalystEndsInRejection() {
		ProcessInstance check = start("REVIEW");

		complete(taskAt("reviewOrder"), withVariables("reviewDecision", "REJECT", "rejectionReason",
				"We could not verify the billing address"));

		assertThat(check).isEnded().hasPassed("orderRejectedInReview").hasNotPassed("orderApproved");
	}

	@Test
	void reviewUntouchedForFourHoursIsEscalatedWhileItStaysOpen() {
		Date started = new Date();
		ProcessInstance check = start("REVIEW");

		Job overdue = jobAt("reviewOverdue");
		assertThat(overdue.getDuedate()).isCloseTo(new Date(started.getTime() + Duration.ofHours(4).toMillis()),
				60_000);
		execute(overdue);

		assertThat(calls).containsExactly("assessFraudRisk", "markUnderReview", "escalateReview");
		assertThat(check).isWaitingAt("reviewOrder");
		complete(taskAt("reviewOrder"), withVariables("reviewDecision", "APPROVE"));
		assertThat(check).isEnded().hasPassed("orderApproved", "reviewEscalated");
	}

	@Test
	void blockedOrderIsRejectedWithoutReview() {
		ProcessInstance check = start("BLOCK");

		assertThat(check).isEnded().hasPassed("orderBlocked").hasNotPassed("reviewOrder");
		assertThat(calls).doesNotContain("markUnderReview");
	}

	private ProcessInstance start(String riskLevel) {
		delegate("assessFraudRisk", execution -> {
			execution.setVariable("riskLevel", riskLevel);
			execution.setVariable("riskReasons", "test");
		});
		return runtimeService().startProcessInstanceByKey("fraud-check", "OF-1", Map.of("orderNumber", "OF-1"));
	}

}
