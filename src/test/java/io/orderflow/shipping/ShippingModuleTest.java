package io.orderflow.shipping;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.orderflow.ModuleTestOrders;
import io.orderflow.catalog.ProductAdministration;
import io.orderflow.inventory.StockLevels;
import io.orderflow.inventory.Warehouse;
import io.orderflow.inventory.WarehouseAdministration;
import io.orderflow.order.Address;
import io.orderflow.order.OrderEventType;
import io.orderflow.order.OrderMilestones;
import io.orderflow.order.OrderPlacement;
import io.orderflow.order.spi.OrderDetailsSources.PaymentStatusSource;
import io.orderflow.workflow.ProcessVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * Shipping booted with the modules it needs, inventory among them (and infrastructure,
 * whose start-up lock the demo catalogue takes): an order whose stock a warehouse holds
 * is shipped from there with the carrier and service the shipping-service decision chose
 * and a label of the simulated carrier, and the carrier's report that the parcel is out
 * for delivery is announced. Fraud screening and payment, of modules not booted, are
 * stand-ins that clear the order and accept cash on delivery.
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES, extraIncludes = "infrastructure")
@ActiveProfiles({ "demo", "test" })
class ShippingModuleTest {

	@MockitoBean
	PaymentStatusSource paymentStatus;

	@MockitoBean(name = "assessFraudRisk")
	JavaDelegate assessFraudRisk;

	@MockitoBean(name = "preparePayment")
	JavaDelegate preparePayment;

	@MockitoBean(name = "confirmCashOnDelivery")
	JavaDelegate confirmCashOnDelivery;

	@Autowired
	Shipments shipments;

	@Autowired
	CarrierEvents carrierEvents;

	@Autowired
	OrderPlacement placement;

	@Autowired
	ProductAdministration products;

	@Autowired
	WarehouseAdministration warehouses;

	@Autowired
	StockLevels stock;

	@Autowired
	OrderMilestones milestones;

	@Autowired
	ObjectMapper json;

	@BeforeEach
	void clearedAndPaidOnDelivery() throws Exception {
		ModuleTestOrders.riskLevel(assessFraudRisk, "LOW");
		Mockito.doAnswer(call -> {
			call.getArgument(0, DelegateExecution.class).setVariable("paymentMethod", "CASH_ON_DELIVERY");
			return null;
		}).when(preparePayment).execute(Mockito.any());
		Mockito.doAnswer(call -> {
			milestones
				.cashOnDeliveryAccepted(ProcessVariables.orderNumber(call.getArgument(0, DelegateExecution.class)));
			return null;
		}).when(confirmCashOnDelivery).execute(Mockito.any());
	}

	@Test
	void anOrderIsShippedFromItsWarehouseAndTheCarriersNewsAnnounced(Scenario scenario) {
		String warehouse = "MT" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
		warehouses.add(new Warehouse(warehouse, "Module test warehouse", 1,
				Address.of("Module test warehouse", "Lagerweg 5", "Berlin", "12099", "DE")));
		String sku = ModuleTestOrders.newProduct(products);
		stock.receive(sku, warehouse, 5);
		String orderNumber = ModuleTestOrders.place(placement, json, sku, 2);
		AtomicReference<String> trackingNumber = new AtomicReference<>();

		scenario.stimulate(() -> shipments.ship(orderNumber, warehouse, 600))
			.andWaitForEventOfType(ShipmentEvent.class)
			.matching(event -> event.orderNumber().equals(orderNumber))
			.toArriveAndVerify((event, shipmentKey) -> {
				assertThat(event.type()).isEqualTo(OrderEventType.SHIPMENT_SHIPPED);
				assertThat(event.shipmentKey()).isEqualTo(shipmentKey).isEqualTo(orderNumber + "-" + warehouse + "-1");
				assertThat(event.carrier()).isNotBlank();
				assertThat(event.service()).isNotBlank();
				assertThat(event.trackingNumber()).isNotBlank();
				assertThat(event.expectedDeliveryDate()).isAfter(event.occurredAt().toLocalDate());
				trackingNumber.set(event.trackingNumber());
			});

		scenario
			.stimulate(() -> carrierEvents.record(trackingNumber.get(), CarrierEventType.OUT_FOR_DELIVERY,
					OffsetDateTime.now().minusMinutes(1), null, null))
			.andWaitForEventOfType(ShipmentEvent.class)
			.matching(event -> event.type() == OrderEventType.SHIPMENT_OUT_FOR_DELIVERY)
			.toArriveAndVerify(event -> {
				assertThat(event.orderNumber()).isEqualTo(orderNumber);
				assertThat(event.trackingNumber()).isEqualTo(trackingNumber.get());
			});
	}

}
