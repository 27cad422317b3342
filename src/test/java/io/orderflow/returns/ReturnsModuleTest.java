package io.orderflow.returns;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.orderflow.EngineDriver;
import io.orderflow.ModuleTestOrders;
import io.orderflow.catalog.ProductAdministration;
import io.orderflow.inventory.StockLevels;
import io.orderflow.inventory.Warehouse;
import io.orderflow.inventory.WarehouseAdministration;
import io.orderflow.order.Address;
import io.orderflow.order.OrderEventType;
import io.orderflow.order.OrderPlacement;
import io.orderflow.order.OrderStatus;
import io.orderflow.order.Orders;
import io.orderflow.order.ShipmentSummary;
import io.orderflow.shipping.CarrierEventType;
import io.orderflow.shipping.CarrierEvents;
import io.orderflow.shipping.Shipments;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * Returns booted with the modules it needs (inventory, payment, shipping and the order,
 * and infrastructure and security, which payment and shipping need): an order is
 * delivered through the real fulfilment, and a return of a damaged item is approved by
 * the return policy and announced. Fraud screening, of a module not booted, is a stand-in
 * that clears the order.
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES, extraIncludes = { "infrastructure", "security" })
@ActiveProfiles({ "demo", "test" })
class ReturnsModuleTest {

	@MockitoBean(name = "assessFraudRisk")
	JavaDelegate assessFraudRisk;

	@Autowired
	ReturnDesk desk;

	@Autowired
	Returns returns;

	@Autowired
	OrderPlacement placement;

	@Autowired
	Orders orders;

	@Autowired
	ProductAdministration products;

	@Autowired
	WarehouseAdministration warehouses;

	@Autowired
	StockLevels stock;

	@Autowired
	Shipments shipments;

	@Autowired
	CarrierEvents carrierEvents;

	@Autowired
	ProcessEngine engine;

	@Autowired
	ObjectMapper json;

	@Test
	void aDamagedItemOfADeliveredOrderIsApprovedForReturn(Scenario scenario) throws Exception {
		ModuleTestOrders.riskLevel(assessFraudRisk, "LOW");
		String warehouse = "MT" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
		warehouses.add(new Warehouse(warehouse, "Module test warehouse", 1,
				Address.of("Module test warehouse", "Lagerweg 5", "Berlin", "12099", "DE")));
		String sku = ModuleTestOrders.newProduct(products);
		stock.receive(sku, warehouse, 5);
		String orderNumber = ModuleTestOrders.place(placement, json, sku, 2);
		EngineDriver driver = new EngineDriver(engine, () -> List.of(orderNumber));
		driver.runJobs();
		driver.shipAllOpenTasks(orderNumber);
		for (ShipmentSummary shipment : shipments.shipments(orderNumber)) {
			carrierEvents.record(shipment.trackingNumber(), CarrierEventType.DELIVERED,
					OffsetDateTime.now().minusMinutes(1), "Ada", null);
		}
		driver.runJobs();
		assertThat(orders.get(orderNumber).status()).isEqualTo(OrderStatus.DELIVERED);

		scenario.stimulate(() -> {
			String returnNumber = desk.open(orderNumber, ReturnReason.DAMAGED, "Broken", Map.of(sku, 1), "carla");
			// Approved once its label is bought, just before the wait for the parcel.
			new EngineDriver(engine, () -> List.of(returnNumber)).runJobs();
			return returnNumber;
		})
			.andWaitForEventOfType(ReturnEvent.class)
			.matching(event -> event.orderNumber().equals(orderNumber))
			.toArriveAndVerify((event, returnNumber) -> {
				assertThat(event.type()).isEqualTo(OrderEventType.RETURN_APPROVED);
				assertThat(event.returnNumber()).isEqualTo(returnNumber);
				assertThat(returns.get(returnNumber).status()).isEqualTo(ReturnStatus.APPROVED);
			});
	}

}
