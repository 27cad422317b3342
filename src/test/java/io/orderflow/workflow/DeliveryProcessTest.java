package io.orderflow.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.util.ArrayDeque;
import java.util.Date;
import java.util.Deque;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.junit.jupiter.api.Test;

@Deployment(resources = "delivery.bpmn")
class DeliveryProcessTest extends ProcessTestSupport {

	static final Date DEADLINE = new Date(System.currentTimeMillis() + 3 * 86_400_000L);

	/** What each delivery check finds, in turn; the last one repeats. */
	final Deque<Object[]> checks = new ArrayDeque<>();

	@Test
	void carrierDeliveryMessageCompletesTheDelivery() {
		ProcessInstance delivery = start(onTheWay(), settled());

		assertThat(delivery).isWaitingAt("awaitCarrier");
		correlate("ShipmentDelivered");

		assertThat(delivery).isEnded().hasPassed("deliveryReported", "recordDelivery", "orderDelivered");
	}

	@Test
	void deliveryReportedBeforeTheProcessWaitedIsNotWaitedFor() {
		ProcessInstance delivery = start(settled());

		assertThat(delivery).isEnded().hasPassed("recordDelivery").hasNotPassed("awaitCarrier");
	}

	@Test
	void waitEndsAtTheDeadlineTheCheckFound() {
		ProcessInstance delivery = start(onTheWay());

		assertThat(jobAt("deliveryOverdue").getDuedate()).isEqualTo(DEADLINE);
		assertThat(delivery).isWaitingAt("awaitCarrier");
	}

	@Test
	void overdueParcelGoesToCustomerServiceWhenTheCheckFindsItDue() {
		ProcessInstance delivery = start(onTheWay(), inTrouble("OF-1-BER-1"));

		execute(jobAt("deliveryOverdue"));

		assertThat(delivery).isWaitingAt("investigateDelivery");
		assertThat(task()).hasCandidateGroup("customer-service");
		assertThat(calls).containsExactly("checkDeliveryStatus", "checkDeliveryStatus");
	}

	@Test
	void carrierProblemOpensTheInvestigationAtOnce() {
		ProcessInstance delivery = start(onTheWay(), inTrouble("OF-1-BER-1"));

		correlate("DeliveryProblemReported");

		assertThat(delivery).isWaitingAt("investigateDelivery").hasPassed("deliveryProblemReported");
	}

	@Test
	void waitGivesTheCarrierANewDeadlineAndWaitsAgain() {
		ProcessInstance delivery = start(inTrouble("OF-1-BER-1"), onTheWay());

		complete(taskAt("investigateDelivery"), withVariables("deliveryResolution", "WAIT", "waitDays", 5));

		assertThat(delivery).isWaitingAt("awaitCarrier").hasPassed("extendDeliveryDeadline");
	}

	@Test
	void customerHasTheParcelSettlesTheDelivery() {
		ProcessInstance delivery = start(inTrouble("OF-1-BER-1"), settled());

		complete(taskAt("investigateDelivery"), withVariables("deliveryResolution", "CONFIRM_DELIVERED"));

		assertThat(delivery).isEnded().hasPassed("confirmShipmentDelivered", "recordDelivery");
	}

	@Test
	void reshipReservesShipsAndWaitsForTheNewParcel() {
		ProcessInstance delivery = start(inTrouble("OF-1-BER-1"), onTheWay());

		complete(taskAt("investigateDelivery"), withVariables("deliveryResolution", "RESHIP"));
		assertThat(delivery).isWaitingAt("createReshipment");
		execute(jobAt("createReshipment"));

		assertThat(delivery).isWaitingAt("awaitCarrier");
		assertThat(calls).containsSubsequence("reserveForReship", "createReshipment", "shipReshipment",
				"checkDeliveryStatus");
		assertThat(calls).doesNotContain("refundShipment", "restockShipment");
	}

	@Test
	void refundGivesTheMoneyBackAndClosesTheParcel() {
		ProcessInstance delivery = start(inTrouble("OF-1-BER-1"), settled());

		complete(taskAt("investigateDelivery"), withVariables("deliveryResolution", "REFUND"));
		execute(jobAt("refundShipment"));

		assertThat(delivery).isEnded().hasPassed("refundShipment", "closeShipmentRefunded", "recordDelivery");
		assertThat(calls).doesNotContain("reserveForReship");
	}

	@Test
	void returnedParcelIsRestockedThenRefundedByTheCustomersChoice() {
		ProcessInstance delivery = start(inTrouble("OF-1-BER-1"), settled());

		complete(taskAt("investigateDelivery"),
				withVariables("deliveryResolution", "RETURN_TO_STOCK", "afterRestock", "REFUND"));
		execute(jobAt("refundShipment"));

		assertThat(delivery).isEnded().hasPassed("restockShipment", "refundShipment", "closeShipmentRefunded");
	}

	@Test
	void returnedParcelIsRestockedThenReshippedByTheCustomersChoice() {
		ProcessInstance delivery = start(inTrouble("OF-1-BER-1"), onTheWay());

		complete(taskAt("investigateDelivery"),
				withVariables("deliveryResolution", "RETURN_TO_STOCK", "afterRestock", "RESHIP"));
		execute(jobAt("createReshipment"));

		assertThat(delivery).isWaitingAt("awaitCarrier");
		assertThat(calls).containsSubsequence("restockShipment", "reserveForReship", "createReshipment",
				"shipReshipment");
		assertThat(calls).doesNotContain("refundShipment");
	}

	@Test
	void tooLittleStockToReshipGoesBackToCustomerService() {
		delegate("reserveForReship", execution -> {
			throw new BpmnError(BpmnErrors.RESHIP_STOCK_SHORT);
		});
		ProcessInstance delivery = start(inTrouble("OF-1-BER-1"));

		complete(taskAt("investigateDelivery"), withVariables("deliveryResolution", "RESHIP"));

		assertThat(delivery).isWaitingAt("investigateDelivery").hasPassed("reshipStockShort");
		assertThat(calls).doesNotContain("createReshipment");
	}

	private ProcessInstance start(Object[]... states) {
		checks.addAll(List.of(states));
		delegate("checkDeliveryStatus", execution -> {
			Object[] state = checks.size() > 1 ? checks.poll() : checks.peek();
			execution.setVariable("delivered", state[0]);
			execution.setVariable("shipmentKey", state[1]);
			execution.setVariable("deliveryDeadline", state[2]);
		});
		return runtimeService().startProcessInstanceByKey("delivery", "OF-1", Map.of("orderNumber", "OF-1"));
	}

	private static void correlate(String message) {
		runtimeService().createMessageCorrelation(message).processInstanceBusinessKey("OF-1").correlate();
	}

	private static Object[] settled() {
		return new Object[] { true, null, null };
	}

	private static Object[] onTheWay() {
		return new Object[] { false, null, DEADLINE };
	}

	private static Object[] inTrouble(String shipmentKey) {
		return new Object[] { false, shipmentKey, DEADLINE };
	}

}
