package io.orderflow.bench.twin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The benchmark's twin baseline is honest only if its no-op stand-ins take an order
 * through the real diagrams as the OMS does: every delegate expression resolves, the
 * happy path runs through every call activity, asynchronous step, user task and timer to
 * "Order completed".
 */
class TwinBaselineTest {

	private ProcessEngine engine;

	@BeforeEach
	void engineWithTheTwinsBeans() throws Exception {
		StandaloneInMemProcessEngineConfiguration configuration = new StandaloneInMemProcessEngineConfiguration();
		configuration.setJdbcUrl("jdbc:h2:mem:twin-" + System.nanoTime());
		configuration.setJobExecutorActivate(false);
		configuration.setHistory("full");
		configuration.setBeans(Map.copyOf(TwinBeans.all("PT1S")));
		configuration.setProcessEngineName("twin-test");
		engine = configuration.buildProcessEngine();
		DeploymentBuilder deployment = engine.getRepositoryService().createDeployment().name("twin");
		for (String pattern : List.of("classpath*:*.bpmn", "classpath*:*.dmn", "classpath*:*.form")) {
			for (Resource resource : new PathMatchingResourcePatternResolver().getResources(pattern)) {
				deployment.addInputStream(resource.getFilename(), resource.getInputStream());
			}
		}
		deployment.deploy();
	}

	@AfterEach
	void close() {
		engine.close();
	}

	@Test
	void everyDelegateOfTheDiagramsHasAStandIn() {
		assertThat(TwinBeans.delegateNames()).contains("reserveStock", "authorizePayment", "createShipment",
				"checkDeliveryStatus", "completeOrder", "presentOrder", "markInFulfillment");
		assertThat(TwinBeans.all("PT1S")).containsKeys("timers", "shipmentPlan", "warehousePriority");
	}

	@Test
	void anOrderTakesTheHappyPathThroughTheRealDiagrams() {
		ProcessInstance order = engine.getRuntimeService()
			.startProcessInstanceByKey("order-fulfillment", "TW-1", Map.of("orderNumber", "TW-1"));
		Map<String, Map<String, Object>> forms = Map.of("pickItems", Map.of("allItemsPicked", true), "packOrder",
				Map.of("parcelWeightGrams", 900, "weightConfirmed", true), "handOverParcel",
				Map.of("handedOver", true));
		for (int round = 0; round < 60 && !ended(order); round++) {
			// what the job executor would run within seconds: asynchronous steps and the
			// one-second return window,
			// not the boundary timers of days
			Date soon = Date.from(Instant.now().plusSeconds(5));
			engine.getManagementService()
				.createJobQuery()
				.list()
				.stream()
				.filter(job -> job.getDuedate() == null || job.getDuedate().before(soon))
				.findFirst()
				.ifPresent(job -> engine.getManagementService().executeJob(job.getId()));
			for (Task task : engine.getTaskService().createTaskQuery().list()) {
				engine.getTaskService().complete(task.getId(), forms.get(task.getTaskDefinitionKey()));
			}
			engine.getRuntimeService()
				.createProcessInstanceQuery()
				.processDefinitionKey("delivery")
				.activityIdIn("awaitCarrier")
				.list()
				.forEach(delivery -> engine.getRuntimeService()
					.createMessageCorrelation("ShipmentDelivered")
					.processInstanceId(delivery.getId())
					.correlate());
		}
		assertThat(ended(order)).as("order process ended").isTrue();
		assertThat(engine.getHistoryService()
			.createHistoricActivityInstanceQuery()
			.processInstanceId(order.getId())
			.list()
			.stream()
			.map(HistoricActivityInstance::getActivityId)).contains("screenForFraud", "reserveStock", "takePayment",
					"fulfillOrder", "settlePayment", "deliverOrder", "returnWindowClosed", "orderCompleted");
		assertThat(engine.getHistoryService()
			.createHistoricDecisionInstanceQuery()
			.list()
			.stream()
			.map(decision -> decision.getDecisionDefinitionKey())).contains("fraud-risk", "shipping-service");
	}

	private boolean ended(ProcessInstance order) {
		return engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(order.getId()).count() == 0;
	}

}
