package io.orderflow.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicReference;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.orderflow.ModuleTestOrders;
import io.orderflow.TestMailServer;
import io.orderflow.catalog.ProductAdministration;
import io.orderflow.order.OrderPlacement;
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
 * Notification booted with the order (and what the order itself needs), without the other
 * producers it reads event records of: an order event becomes the customer's mail, stored
 * and sent. Its direct dependencies include every capability that publishes events, whose
 * own dependencies would boot the whole application, so the order's events stand for all.
 */
@ApplicationModuleTest(mode = BootstrapMode.STANDALONE,
		extraIncludes = { "order", "catalog", "workflow", "infrastructure", "web" })
@ActiveProfiles({ "demo", "test" })
class NotificationModuleTest {

	@MockitoBean
	PaymentStatusSource paymentStatus;

	@MockitoBean
	ShipmentSource shipments;

	@MockitoBean(name = "assessFraudRisk")
	JavaDelegate assessFraudRisk;

	@Autowired
	CustomerMessageRepository messages;

	@Autowired
	OrderPlacement placement;

	@Autowired
	ProductAdministration products;

	@Autowired
	ObjectMapper json;

	@Test
	void aRejectedOrderIsMailedToTheCustomer(Scenario scenario) throws Exception {
		ModuleTestOrders.riskLevel(assessFraudRisk, "BLOCK");
		String sku = ModuleTestOrders.newProduct(products);

		AtomicReference<String> orderNumber = new AtomicReference<>();

		scenario.stimulate(() -> orderNumber.set(ModuleTestOrders.place(placement, json, sku, 1)))
			.andWaitForStateChange(() -> messages.ofOrder(orderNumber.get())
				.stream()
				.filter(message -> message.eventType().equals("ORDER_REJECTED"))
				.filter(message -> message.status() == MessageStatus.SENT)
				.toList(), sent -> !sent.isEmpty())
			.andVerify(sent -> assertThat(sent).singleElement().satisfies(message -> {
				assertThat(message.recipient()).endsWith("@example.com");
				assertThat(TestMailServer.mailsTo(message.recipient())).isNotEmpty();
			}));
	}

}
