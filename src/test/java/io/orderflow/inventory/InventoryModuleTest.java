package io.orderflow.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.orderflow.ModuleTestOrders;
import io.orderflow.catalog.ProductAdministration;
import io.orderflow.order.OrderEventType;
import io.orderflow.order.OrderPlacement;
import io.orderflow.order.spi.OrderDetailsSources.PaymentStatusSource;
import io.orderflow.order.spi.OrderDetailsSources.ShipmentSource;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import java.util.Map;

/**
 * Inventory booted with the modules it needs (and {@code infrastructure}, which makes the
 * engine wait for the migrations): an order for a product out of stock is backordered by
 * inventory's own steps, and customer service's decision is published as an event.
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES, extraIncludes = "infrastructure")
@ActiveProfiles({ "demo", "test" })
class InventoryModuleTest {

	@MockitoBean
	PaymentStatusSource paymentStatus;

	@MockitoBean
	ShipmentSource shipments;

	@MockitoBean(name = "assessFraudRisk")
	JavaDelegate assessFraudRisk;

	@Autowired
	OrderPlacement placement;

	@Autowired
	ProductAdministration products;

	@Autowired
	ObjectMapper json;

	@Autowired
	TaskService tasks;

	@BeforeEach
	void screeningClearsEveryOrder() throws Exception {
		ModuleTestOrders.riskLevel(assessFraudRisk, "LOW");
	}

	@Test
	void anOrderOutOfStockWaitsForCustomerServiceWhoseDecisionIsPublished(Scenario scenario) {
		String sku = ModuleTestOrders.newProduct(products);
		String orderNumber = ModuleTestOrders.place(placement, json, sku, 2);
		Task decideBackorder = tasks.createTaskQuery()
			.processInstanceBusinessKey(orderNumber)
			.taskDefinitionKey("decideBackorder")
			.singleResult();
		assertThat(decideBackorder).as("customer service decides on the backorder").isNotNull();

		scenario.stimulate(() -> tasks.complete(decideBackorder.getId(), Map.of("decision", "WAIT")))
			.andWaitForEventOfType(BackorderEvent.class)
			.matching(event -> event.orderNumber().equals(orderNumber))
			.toArriveAndVerify(event -> {
				assertThat(event.type()).isEqualTo(OrderEventType.BACKORDER_DECIDED);
				assertThat(event.decision()).isEqualTo("WAIT");
			});
	}

}
