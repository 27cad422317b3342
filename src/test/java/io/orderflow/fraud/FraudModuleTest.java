package io.orderflow.fraud;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.orderflow.ModuleTestOrders;
import io.orderflow.catalog.ProductAdministration;
import io.orderflow.order.CustomerReason;
import io.orderflow.order.OrderChanged;
import io.orderflow.order.OrderEventType;
import io.orderflow.order.OrderPlacement;
import io.orderflow.order.OrderStatus;
import io.orderflow.order.spi.OrderDetailsSources.PaymentStatusSource;
import io.orderflow.order.spi.OrderDetailsSources.ShipmentSource;
import io.orderflow.shipping.WarehousePriority;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * Fraud booted with the order (and what the order itself needs): the real fraud-risk
 * decision holds a valuable first order for review, and an analyst's rejection rejects
 * the order with the analyst's reason. The review task's priority comes from shipping,
 * not booted.
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES,
		extraIncludes = { "catalog", "infrastructure", "web", "workflow" })
@ActiveProfiles({ "demo", "test" })
class FraudModuleTest {

	@MockitoBean
	PaymentStatusSource paymentStatus;

	@MockitoBean
	ShipmentSource shipments;

	@MockitoBean(name = "warehousePriority")
	WarehousePriority warehousePriority;

	@Autowired
	OrderPlacement placement;

	@Autowired
	ProductAdministration products;

	@Autowired
	TaskService tasks;

	@Autowired
	ObjectMapper json;

	@Test
	void aValuableFirstOrderIsHeldForReviewAndRejectedWithTheAnalystsReason(Scenario scenario) {
		String sku = ModuleTestOrders.newProduct(products);
		AtomicReference<String> orderNumber = new AtomicReference<>();

		// 100 x 12.50: a first order above 1,000.00
		scenario.stimulate(() -> orderNumber.set(ModuleTestOrders.place(placement, json, sku, 100)))
			.andWaitForEventOfType(OrderChanged.class)
			.matching(event -> event.type() == OrderEventType.ORDER_UNDER_REVIEW)
			.toArriveAndVerify(event -> assertThat(event.orderNumber()).isEqualTo(orderNumber.get()));

		Task review = tasks.createTaskQuery()
			.processInstanceBusinessKey(orderNumber.get())
			.taskDefinitionKey("reviewOrder")
			.taskCandidateGroup("fraud-analysts")
			.singleResult();
		assertThat(review).as("the analysts review the order").isNotNull();
		assertThat(tasks.getVariable(review.getId(), "riskReasons")).asString()
			.contains("First order of the customer above 500.00");

		scenario
			.stimulate(() -> tasks.complete(review.getId(),
					Map.of("reviewDecision", "REJECT", "customerReason", "PAYMENT_NOT_VERIFIED", "rejectionReason",
							"Card reported stolen")))
			.andWaitForEventOfType(OrderChanged.class)
			.matching(event -> event.type() == OrderEventType.ORDER_REJECTED)
			.toArriveAndVerify(event -> {
				assertThat(event.orderNumber()).isEqualTo(orderNumber.get());
				assertThat(event.status()).isEqualTo(OrderStatus.REJECTED);
				assertThat(event.customerReason()).isEqualTo(CustomerReason.PAYMENT_NOT_VERIFIED);
				assertThat(event.toString()).doesNotContain("Card reported stolen");
			});
	}

}
