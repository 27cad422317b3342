package io.orderflow.order;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.orderflow.ModuleTestOrders;
import io.orderflow.catalog.ProductAdministration;
import io.orderflow.order.spi.OrderDetailsSources.PaymentStatusSource;
import io.orderflow.order.spi.OrderDetailsSources.ShipmentSource;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * The order booted with the modules it needs, no capability: an order is placed and
 * announced, and an order the fraud check blocks is rejected by the order's own step and
 * announced with its new status. The capabilities the order asks through
 * {@code order.spi} and the fraud check's first step are stand-ins.
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES)
@ActiveProfiles({ "demo", "test" })
class OrderModuleTest {

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
	Orders orders;

	@Autowired
	ObjectMapper json;

	@Test
	void aPlacedOrderIsStoredAndAnnounced(Scenario scenario) throws Exception {
		ModuleTestOrders.riskLevel(assessFraudRisk, "BLOCK");
		String sku = ModuleTestOrders.newProduct(products);

		scenario.stimulate(() -> ModuleTestOrders.place(placement, json, sku, 3))
			.andWaitForEventOfType(OrderChanged.class)
			.matching(event -> event.type() == OrderEventType.ORDER_PLACED)
			.toArriveAndVerify((event, orderNumber) -> {
				assertThat(event.orderNumber()).isEqualTo(orderNumber);
				assertThat(event.status()).isEqualTo(OrderStatus.PLACED);
				Order order = orders.get(orderNumber);
				assertThat(order.lines()).singleElement().satisfies(line -> {
					assertThat(line.sku()).isEqualTo(sku);
					assertThat(line.quantity()).isEqualTo(3);
				});
			});
	}

	@Test
	void anOrderTheFraudCheckBlocksIsRejected(Scenario scenario) throws Exception {
		ModuleTestOrders.riskLevel(assessFraudRisk, "BLOCK");
		String sku = ModuleTestOrders.newProduct(products);

		scenario.stimulate(() -> ModuleTestOrders.place(placement, json, sku, 1))
			.andWaitForEventOfType(OrderChanged.class)
			.matching(event -> event.type() == OrderEventType.ORDER_REJECTED)
			.toArriveAndVerify((event, orderNumber) -> {
				assertThat(event.orderNumber()).isEqualTo(orderNumber);
				assertThat(event.status()).isEqualTo(OrderStatus.REJECTED);
				assertThat(orders.get(orderNumber).status()).isEqualTo(OrderStatus.REJECTED);
			});
	}

}
