package io.orderflow.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.orderflow.ModuleTestOrders;
import io.orderflow.catalog.ProductAdministration;
import io.orderflow.inventory.ShipmentPlan;
import io.orderflow.order.OrderChanged;
import io.orderflow.order.OrderEventType;
import io.orderflow.order.OrderPlacement;
import io.orderflow.order.OrderStatus;
import io.orderflow.order.Orders;
import io.orderflow.order.spi.OrderDetailsSources.ShipmentSource;
import io.orderflow.shipping.WarehousePriority;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * Payment booted with the modules it needs (and catalog, workflow and infrastructure,
 * which the order needs): the payment diagram authorizes the order's card at the
 * simulated provider. An approval confirms the order; a decline puts the order in waiting
 * for payment and tells the customer the provider's reason. Fraud screening and stock
 * reservation, of modules not booted, are stand-ins that clear the order and find the
 * stock.
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES,
		extraIncludes = { "catalog", "infrastructure", "workflow" })
@ActiveProfiles({ "demo", "test" })
class PaymentModuleTest {

	@MockitoBean
	ShipmentSource shipments;

	@MockitoBean(name = "assessFraudRisk")
	JavaDelegate assessFraudRisk;

	@MockitoBean(name = "reserveStock")
	JavaDelegate reserveStock;

	@MockitoBean(name = "shipmentPlan")
	ShipmentPlan shipmentPlan;

	@MockitoBean(name = "warehousePriority")
	WarehousePriority warehousePriority;

	@MockitoBean(name = "presentPickList")
	TaskListener presentPickList;

	@Autowired
	PaymentAuthorizations authorizations;

	@Autowired
	OrderPlacement placement;

	@Autowired
	ProductAdministration products;

	@Autowired
	Orders orders;

	@Autowired
	RuntimeService runtime;

	@Autowired
	ManagementService management;

	@Autowired
	TaskService tasks;

	@Autowired
	ObjectMapper json;

	@BeforeEach
	void clearedAndInStock() throws Exception {
		ModuleTestOrders.riskLevel(assessFraudRisk, "LOW");
		ModuleTestOrders.stockShort(reserveStock, false);
		when(shipmentPlan.warehouses(anyString())).thenReturn(List.of("WH-MODULE"));
	}

	@Test
	void anApprovedCardConfirmsTheOrderWhichGoesToTheWarehouse(Scenario scenario) {
		String orderNumber = ModuleTestOrders.place(placement, json, ModuleTestOrders.newProduct(products), 2);

		scenario.stimulate(() -> authorize(orderNumber))
			.andWaitForEventOfType(OrderChanged.class)
			.matching(event -> event.orderNumber().equals(orderNumber))
			.matching(event -> event.type() == OrderEventType.ORDER_CONFIRMED)
			.toArriveAndVerify(event -> {
				assertThat(event.status()).isEqualTo(OrderStatus.CONFIRMED);
				assertThat(tasks.createTaskQuery()
					.processInstanceBusinessKey(orderNumber)
					.taskDefinitionKey("pickItems")
					.taskCandidateGroup("warehouse")
					.count()).as("the warehouse picks the order").isOne();
			});
	}

	@Test
	void aDeclinedCardIsAPaymentProblemWithTheProvidersReason(Scenario scenario) {
		AtomicReference<String> orderNumber = new AtomicReference<>(ModuleTestOrders.place(placement, json,
				ModuleTestOrders.newProduct(products), 2, "tok_chargeDeclined"));

		scenario.stimulate(() -> authorize(orderNumber.get()))
			.andWaitForEventOfType(PaymentEvent.class)
			.matching(event -> event.orderNumber().equals(orderNumber.get()))
			.toArriveAndVerify(event -> {
				assertThat(event.type()).isEqualTo(OrderEventType.PAYMENT_PROBLEM);
				assertThat(event.reason()).startsWith("Payment declined");
				assertThat(event.amount()).isPositive();
				assertThat(authorizations.declineCode(orderNumber.get())).contains("card_declined");
				assertThat(orders.get(orderNumber.get()).status()).isEqualTo(OrderStatus.AWAITING_PAYMENT);
			});
	}

	/** Runs the asynchronous authorization step, as the job executor would. */
	private void authorize(String orderNumber) {
		String paymentInstance = runtime.createProcessInstanceQuery()
			.processDefinitionKey("payment")
			.processInstanceBusinessKey(orderNumber)
			.singleResult()
			.getId();
		Job job = management.createJobQuery().processInstanceId(paymentInstance).singleResult();
		management.executeJob(job.getId());
	}

}
