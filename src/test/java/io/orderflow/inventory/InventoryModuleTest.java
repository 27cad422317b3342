package io.orderflow.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import io.orderflow.order.OrderDetailsSources.PaymentStatusSource;
import io.orderflow.order.OrderDetailsSources.ShipmentSource;
import io.orderflow.order.OrderEventType;
import io.orderflow.order.Orders;
import io.orderflow.order.ReturnSteps.Refunding;
import io.orderflow.order.ReturnSteps.ReturnLabelling;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * Inventory booted with the modules it needs (and {@code system}, which makes the engine
 * wait for the migrations): a backorder decision is published as an event.
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES, extraIncludes = "system")
@ActiveProfiles({ "demo", "test" })
class InventoryModuleTest {

	@MockitoBean
	PaymentStatusSource paymentStatus;

	@MockitoBean
	ShipmentSource shipments;

	@MockitoBean
	Refunding refunding;

	@MockitoBean
	ReturnLabelling returnLabelling;

	@MockitoBean
	Orders orders;

	@Autowired
	ApplicationContext context;

	@Test
	void backorderDecisionIsPublished(Scenario scenario) {
		DelegateTask task = mock(DelegateTask.class);
		when(task.getVariable("orderNumber")).thenReturn("ORD-MODULE-1");
		when(task.getVariable("decision")).thenReturn("WAIT");
		when(task.getAssignee()).thenReturn("carol");
		TaskListener listener = context.getBean("checkBackorderDecision", TaskListener.class);

		scenario.stimulate(() -> listener.notify(task))
			.andWaitForEventOfType(BackorderEvent.class)
			.matching(event -> event.orderNumber().equals("ORD-MODULE-1"))
			.toArriveAndVerify(event -> {
				assertThat(event.type()).isEqualTo(OrderEventType.BACKORDER_DECIDED);
				assertThat(event.decision()).isEqualTo("WAIT");
			});
	}

}
