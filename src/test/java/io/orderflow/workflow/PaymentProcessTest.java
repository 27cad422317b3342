package io.orderflow.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.junit.jupiter.api.Test;

@Deployment(resources = "payment.bpmn")
class PaymentProcessTest extends ProcessTestSupport {

	@Test
	void cardAuthorizationRunsAsARetryableJobAndCompletesThePayment() {
		ProcessInstance payment = start();

		assertThat(payment).isWaitingAt("authorizePayment");
		assertThat(calls).containsExactly("preparePayment");
		execute(jobAt("authorizePayment"));

		assertThat(payment).isEnded().hasPassed("paymentAuthorized");
		assertThat(calls).containsExactly("preparePayment", "authorizePayment");
	}

	@Test
	void cashOnDeliveryNeedsNothingUpFront() {
		paidBy("CASH_ON_DELIVERY");

		ProcessInstance payment = start();

		assertThat(payment).isEnded().hasPassed("payOnDelivery").hasNotPassed("authorizePayment");
		assertThat(calls).containsExactly("preparePayment", "confirmCashOnDelivery");
	}

	@Test
	void bankTransferWaitsForTheSettlementMessage() {
		paidBy("BANK_TRANSFER");
		ProcessInstance payment = start();

		assertThat(payment).isWaitingAt("awaitTransfer");
		assertThat(calls).containsExactly("preparePayment", "awaitPayment");
		runtimeService().createMessageCorrelation("PaymentSettled").processInstanceBusinessKey("OF-1").correlate();

		assertThat(payment).isEnded().hasPassed("transferReceived");
	}

	@Test
	void bankTransferThatNeverArrivesEndsInPaymentNotReceivedAfterTheDeadline() {
		paidBy("BANK_TRANSFER");
		Date started = new Date();
		ProcessInstance payment = start();

		Job deadline = jobAt("transferOverdue");
		assertThat(deadline.getDuedate()).isCloseTo(new Date(started.getTime() + Duration.ofDays(5).toMillis()),
				60_000);
		execute(deadline);

		assertThat(payment).isEnded().hasPassed("transferMissing");
	}

	@Test
	void declinedCardWaitsForNewDetailsAndTriesAgainWhenTheyCome() {
		declineOnce();
		ProcessInstance payment = start();
		execute(jobAt("authorizePayment"));

		assertThat(payment).isWaitingAt("resolvePayment");
		assertThat(taskAt("resolvePayment")).hasCandidateGroup("customer-service");
		assertThat(calls).containsSubsequence("authorizePayment", "awaitPayment");
		runtimeService().createMessageCorrelation("PaymentUpdated").processInstanceBusinessKey("OF-1").correlate();
		execute(jobAt("authorizePayment"));

		assertThat(payment).isEnded().hasPassed("paymentAuthorized");
		assertThat(calls.stream().filter("preparePayment"::equals)).hasSize(2);
	}

	@Test
	void declinedCardWithNoNewDetailsWithinTheRetryWindowEndsDeclined() {
		declineOnce();
		Date started = new Date();
		ProcessInstance payment = start();
		execute(jobAt("authorizePayment"));

		Job window = jobAt("retryWindowOver");
		assertThat(window.getDuedate()).isCloseTo(new Date(started.getTime() + Duration.ofDays(2).toMillis()), 60_000);
		execute(window);

		assertThat(payment).isEnded().hasPassed("paymentDeclined");
	}

	@Test
	void customerServiceCanSwitchTheOrderToBankTransfer() {
		declineOnce();
		List<String> methods = new ArrayList<>(List.of("CARD", "BANK_TRANSFER"));
		delegate("preparePayment", execution -> execution.setVariable("paymentMethod", methods.remove(0)));
		ProcessInstance payment = start();
		execute(jobAt("authorizePayment"));

		complete(taskAt("resolvePayment"), withVariables("resolution", "SWITCH_TO_BANK_TRANSFER"));

		assertThat(payment).isWaitingAt("awaitTransfer");
		assertThat(calls).contains("applyPaymentResolution");
	}

	@Test
	void customerServiceCanGiveUpTheOrder() {
		declineOnce();
		ProcessInstance payment = start();
		execute(jobAt("authorizePayment"));

		complete(taskAt("resolvePayment"), withVariables("resolution", "CANCEL_ORDER"));

		assertThat(payment).isEnded().hasPassed("paymentGivenUp");
	}

	@Test
	void providerFailureIsRetriedAMinuteLaterAndBecomesAnIncidentAfterThreeTries() {
		delegate("authorizePayment", execution -> {
			throw new IllegalStateException("provider unavailable");
		});
		ProcessInstance payment = start();

		for (int attempt = 1; attempt <= 3; attempt++) {
			Job job = jobAt("authorizePayment");
			Date before = new Date();
			assertThatThrownBy(() -> managementService().executeJob(job.getId()))
				.hasStackTraceContaining("provider unavailable");
			Job retried = managementService().createJobQuery().jobId(job.getId()).singleResult();
			assertThat(retried.getRetries()).isEqualTo(3 - attempt);
			if (attempt < 3) {
				assertThat(retried.getDuedate())
					.isCloseTo(new Date(before.getTime() + Duration.ofMinutes(1).toMillis()), 5_000);
			}
		}

		assertThat(payment).isActive().isWaitingAt("authorizePayment");
		assertThat(runtimeService().createIncidentQuery().processInstanceId(payment.getId()).count()).isEqualTo(1);
	}

	private void paidBy(String method) {
		delegate("preparePayment", execution -> execution.setVariable("paymentMethod", method));
	}

	private void declineOnce() {
		boolean[] declined = { false };
		delegate("authorizePayment", execution -> {
			if (!declined[0]) {
				declined[0] = true;
				throw new BpmnError("PAYMENT_DECLINED");
			}
		});
	}

	private ProcessInstance start() {
		return runtimeService().startProcessInstanceByKey("payment", "OF-1", Map.of("orderNumber", "OF-1"));
	}

}
