package io.orderflow.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.jobQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.junit.jupiter.api.Test;

/**
 * The top-level lifecycle with its real called diagrams; only the Java steps are
 * stand-ins.
 */
@Deployment(resources = { "order-fulfillment.bpmn", "fraud-check.bpmn", "payment.bpmn", "fulfillment.bpmn",
		"delivery.bpmn" })
class OrderFulfillmentProcessTest extends ProcessTestSupport {

	static final String ORDER = "OF-100001";

	@Test
	void orderGoesFromPlacementThroughEveryStageToCompletionAfterTheReturnWindow() {
		ProcessInstance order = start();

		execute(jobAt("authorizePayment"));
		assertThat(order).isWaitingAt("fulfillOrder");
		shipEverything();
		execute(jobAt("settlePayment"));

		assertThat(order).isWaitingAt("deliverOrder");
		deliver();

		assertThat(order).isWaitingAt("returnWindowClosed");
		assertThat(jobAt("returnWindowClosed").getDuedate())
			.isCloseTo(new Date(System.currentTimeMillis() + Duration.ofDays(30).toMillis()), 60_000);
		execute(jobAt("returnWindowClosed"));

		assertThat(order).isEnded().hasPassed("orderCompleted");
		assertThat(calls).containsExactly("assessFraudRisk", "reserveStock", "checkPaymentTaken", "preparePayment",
				"authorizePayment", "markInFulfillment", "recordPick", "createShipment", "deductShippedStock",
				"markHandedOver", "capturePayment", "reallocateShortfall", "checkShippingProgress", "settlePayment",
				"checkDeliveryStatus", "recordDelivery", "completeOrder");
	}

	@Test
	void everyCalledStageCarriesTheOrderNumberAsBusinessKey() {
		start();
		execute(jobAt("authorizePayment"));

		ProcessInstance fulfillment = calledInstance("fulfillment");
		assertThat(runtimeService().getVariable(fulfillment.getId(), "orderNumber")).isEqualTo(ORDER);
		assertThat(taskQuery().processInstanceBusinessKey(ORDER).singleResult().getTaskDefinitionKey())
			.isEqualTo("pickItems");
	}

	@Test
	void orderRejectedByFraudScreeningIsRejectedBeforeStockIsTouched() {
		delegate("assessFraudRisk", execution -> execution.setVariable("riskLevel", "BLOCK"));

		ProcessInstance order = start();

		assertThat(order).isEnded().hasPassed("fraudRejected", "rejectOrder", "orderRejected");
		assertThat(calls).containsExactly("assessFraudRisk", "rejectOrder");
	}

	@Test
	void orderApprovedInReviewContinuesToStockAndPayment() {
		delegate("assessFraudRisk", execution -> execution.setVariable("riskLevel", "REVIEW"));
		ProcessInstance order = start();

		assertThat(order).isWaitingAt("screenForFraud");
		complete(taskAt("reviewOrder"), withVariables("reviewDecision", "APPROVE"));

		assertThat(order).isWaitingAt("takePayment");
		assertThat(calls).containsExactly("assessFraudRisk", "markUnderReview", "reserveStock", "checkPaymentTaken",
				"preparePayment");
	}

	@Test
	void paymentDeclinedForGoodReleasesTheStockAndCancels() {
		delegate("authorizePayment", execution -> {
			throw new BpmnError("PAYMENT_DECLINED");
		});
		List<Object> causes = recordCancellationCauses();
		ProcessInstance order = start();

		execute(jobAt("authorizePayment"));
		execute(jobAt("retryWindowOver"));
		execute(jobAt("voidPayment"));

		assertThat(order).isEnded().hasPassed("releaseStock", "orderCancelled");
		assertThat(causes).containsExactly("PAYMENT_DECLINED");
	}

	@Test
	void cashOnDeliveryIsCollectedAfterDeliveryBeforeTheReturnWindow() {
		delegate("preparePayment", execution -> execution.setVariable("paymentMethod", "CASH_ON_DELIVERY"));
		ProcessInstance order = start();
		shipEverything();
		execute(jobAt("settlePayment"));

		deliver();

		assertThat(order).isWaitingAt("returnWindowClosed").hasPassed("collectCashOnDelivery");
		assertThat(calls).doesNotContain("authorizePayment");
	}

	@Test
	void bankTransferThatNeverArrivesReleasesTheStockAndCancels() {
		delegate("preparePayment", execution -> execution.setVariable("paymentMethod", "BANK_TRANSFER"));
		List<Object> causes = recordCancellationCauses();
		ProcessInstance order = start();

		execute(jobAt("transferOverdue"));
		execute(jobAt("voidPayment"));

		assertThat(order).isEnded().hasPassed("paymentNotReceived", "releaseStock", "orderCancelled");
		assertThat(causes).containsExactly("PAYMENT_NOT_RECEIVED");
	}

	@Test
	void stockHeldLongerThanItsTimeToLiveIsReleasedAndTheOrderCancelled() {
		delegate("authorizePayment", execution -> {
			throw new IllegalStateException("provider down");
		});
		List<Object> causes = recordCancellationCauses();
		Date placed = new Date();
		ProcessInstance order = start();

		assertThat(jobAt("reservationExpired").getDuedate())
			.isCloseTo(new Date(placed.getTime() + Duration.ofDays(7).toMillis()), 60_000);
		execute(jobAt("reservationExpired"));
		execute(jobAt("voidPayment"));

		assertThat(order).isEnded().hasPassed("releaseStock", "cancelOrder");
		assertThat(causes).containsExactly("RESERVATION_EXPIRED");
	}

	@Test
	void shortStockGoesToCustomerServiceAndWaitHoldsTheOrderUntilStockArrives() {
		shortOnce();
		ProcessInstance order = start();

		assertThat(order).isWaitingAt("decideBackorder");
		assertThat(taskAt("decideBackorder")).hasCandidateGroup("customer-service");
		assertThat(calls).containsSubsequence("reserveStock", "markBackordered");
		shortOnce();
		complete(taskAt("decideBackorder"), withVariables("decision", "WAIT"));

		assertThat(order).isWaitingAt("waitForStock");
		runtimeService().createMessageCorrelation("StockReplenished").processInstanceBusinessKey(ORDER).correlate();

		assertThat(order).isWaitingAt("takePayment");
		assertThat(calls).doesNotContain("releaseStock", "cancelShortLines");
	}

	@Test
	void backorderWaitingTooLongGoesBackToCustomerService() {
		shortOnce();
		ProcessInstance order = start();
		shortOnce();
		complete(taskAt("decideBackorder"), withVariables("decision", "WAIT"));

		Job timeout = jobAt("backorderWaitOver");
		assertThat(timeout.getDuedate())
			.isCloseTo(new Date(System.currentTimeMillis() + Duration.ofDays(14).toMillis()), 60_000);
		execute(timeout);

		assertThat(order).isWaitingAt("decideBackorder");
	}

	@Test
	void shipAvailableShipsWhatIsThereAndTheRestAsASecondShipmentWhenItArrives() {
		shortOnce();
		ProcessInstance order = start();
		shortOnce();
		complete(taskAt("decideBackorder"), withVariables("decision", "SHIP_AVAILABLE"));
		execute(jobAt("authorizePayment"));
		delegate("checkShippingProgress", execution -> execution.setVariable("allShipped", false));
		shipEverything();

		assertThat(order).isWaitingAt("waitForStock");
		delegate("checkShippingProgress", execution -> execution.setVariable("allShipped", true));
		runtimeService().createMessageCorrelation("StockReplenished").processInstanceBusinessKey(ORDER).correlate();
		shipEverything();
		execute(jobAt("settlePayment"));

		assertThat(order).isWaitingAt("deliverOrder");
		assertThat(calls.stream().filter("createShipment"::equals)).hasSize(2);
		assertThat(calls.stream().filter("authorizePayment"::equals)).hasSize(1);
	}

	@Test
	void cancellingTheShortLinesGoesOnWithWhatIsReserved() {
		shortOnce();
		ProcessInstance order = start();

		complete(taskAt("decideBackorder"), withVariables("decision", "CANCEL_SHORT_LINES"));

		assertThat(order).isWaitingAt("takePayment");
		assertThat(calls).containsSubsequence("markBackordered", "cancelShortLines", "reserveStock");
	}

	@Test
	void cancellingTheBackorderReleasesItsStockAndCancelsTheOrder() {
		shortOnce();
		List<Object> causes = recordCancellationCauses();
		ProcessInstance order = start();

		complete(taskAt("decideBackorder"), withVariables("decision", "CANCEL_ORDER"));
		execute(jobAt("voidPayment"));

		assertThat(order).isEnded().hasPassed("releaseStock", "orderCancelled").hasNotPassed("takePayment");
		assertThat(causes).containsExactly("BACKORDER_CANCELLED");
	}

	@Test
	void cancellationRequestedWhilePickingStopsTheOrderReleasesStockVoidsAndTellsTheCustomer() {
		List<Object> causes = recordCancellationCauses();
		ProcessInstance order = start();
		execute(jobAt("authorizePayment"));
		assertThat(taskQuery().taskDefinitionKey("pickItems").count()).isEqualTo(1);
		calls.clear();

		requestCancellation();
		execute(jobAt("voidPaymentOnRequest"));

		assertThat(order).isEnded().hasPassed("releaseStockOnRequest", "orderCancelledOnRequest");
		assertThat(calls).containsExactly("releaseStock", "cancelOrder", "voidPayment");
		assertThat(causes).containsExactly("CANCELLATION_REQUESTED");
		assertThat(taskQuery().processInstanceBusinessKey(ORDER).count()).isZero();
		assertThat(runtimeService().createProcessInstanceQuery().processInstanceBusinessKey(ORDER).count()).isZero();
	}

	@Test
	void cancellationRequestedDuringFraudReviewEndsTheReview() {
		delegate("assessFraudRisk", execution -> execution.setVariable("riskLevel", "REVIEW"));
		ProcessInstance order = start();
		assertThat(taskQuery().taskDefinitionKey("reviewOrder").count()).isEqualTo(1);

		requestCancellation();
		execute(jobAt("voidPaymentOnRequest"));

		assertThat(order).isEnded().hasPassed("cancelOrderOnRequest", "orderCancelledOnRequest");
		assertThat(order).hasNotPassed("reserveStock");
		assertThat(taskQuery().processInstanceBusinessKey(ORDER).count()).isZero();
	}

	private void requestCancellation() {
		runtimeService().createMessageCorrelation("OrderCancellationRequested")
			.processInstanceBusinessKey(ORDER)
			.setVariable("cancellationCause", "CANCELLATION_REQUESTED")
			.correlate();
	}

	/** The next reservation attempt comes up short; later ones succeed. */
	private void shortOnce() {
		boolean[] used = { false };
		delegate("reserveStock", execution -> {
			execution.setVariable("stockShort", !used[0]);
			used[0] = true;
		});
	}

	private void shipEverything() {
		for (Task pick : taskQuery().taskDefinitionKey("pickItems").list()) {
			complete(pick);
		}
		for (Task pack : taskQuery().taskDefinitionKey("packOrder").list()) {
			complete(pack, withVariables("parcelWeightGrams", 900));
		}
		jobQuery().activityId("createShipment").list().forEach(job -> execute(job));
		taskQuery().taskDefinitionKey("handOverParcel").list().forEach(handOver -> complete(handOver));
		jobQuery().activityId("capturePayment").list().forEach(job -> execute(job));
	}

	private void deliver() {
		runtimeService().createMessageCorrelation("ShipmentDelivered").processInstanceBusinessKey(ORDER).correlate();
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
