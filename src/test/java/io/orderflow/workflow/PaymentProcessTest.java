package io.orderflow.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;

import java.time.Duration;
import java.util.Date;
import java.util.Map;

import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.junit.jupiter.api.Test;

@Deployment(resources = "payment.bpmn")
class PaymentProcessTest extends ProcessTestSupport {



	@Test
	void authorizationRunsAsARetryableJobAndCompletesThePayment() {
		ProcessInstance payment = start();

		assertThat(payment).isWaitingAt("authorizePayment");
		assertThat(calls).isEmpty();
		execute(jobAt("authorizePayment"));

		assertThat(payment).isEnded().hasPassed("paymentAuthorized");
		assertThat(calls).containsExactly("authorizePayment");
	}

	@Test
	void declineEndsInThePaymentDeclinedError() {
		delegate("authorizePayment", execution -> {
			throw new BpmnError("PAYMENT_DECLINED");
		});
		ProcessInstance payment = start();

		execute(jobAt("authorizePayment"));

		assertThat(payment).isEnded().hasPassed("paymentDeclined").hasNotPassed("paymentAuthorized");
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
			assertThatThrownBy(() -> managementService().executeJob(job.getId())).hasStackTraceContaining("provider unavailable");
			Job retried = managementService().createJobQuery().jobId(job.getId()).singleResult();
			assertThat(retried.getRetries()).isEqualTo(3 - attempt);
			if (attempt < 3) {
				assertThat(retried.getDuedate()).isCloseTo(new Date(before.getTime() + Duration.ofMinutes(1).toMillis()),
						5_000);
			}
		}

		assertThat(payment).isActive().isWaitingAt("authorizePayment");
		assertThat(runtimeService().createIncidentQuery().processInstanceId(payment.getId()).count()).isEqualTo(1);
	}

	private ProcessInstance start() {
		return runtimeService().startProcessInstanceByKey("payment", "OF-1", Map.of("orderNumber", "OF-1"));
	}

}
