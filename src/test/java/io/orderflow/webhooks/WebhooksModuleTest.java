package io.orderflow.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.orderflow.ModuleTestOrders;
import io.orderflow.catalog.ProductAdministration;
import io.orderflow.order.OrderEventType;
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
 * Webhooks booted with the order (and what the order itself needs): an order event a
 * partner subscribed to becomes a signed delivery that reaches the partner's receiver.
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES,
		extraIncludes = { "catalog", "workflow", "infrastructure" })
@ActiveProfiles({ "demo", "test" })
class WebhooksModuleTest {

	@MockitoBean
	PaymentStatusSource paymentStatus;

	@MockitoBean
	ShipmentSource shipments;

	@MockitoBean(name = "assessFraudRisk")
	JavaDelegate assessFraudRisk;

	@Autowired
	WebhookSubscriptions subscriptions;

	@Autowired
	OrderPlacement placement;

	@Autowired
	ProductAdministration products;

	@Autowired
	ObjectMapper json;

	@Test
	void aSubscribedOrderEventIsDeliveredToThePartner(Scenario scenario) throws Exception {
		ModuleTestOrders.riskLevel(assessFraudRisk, "BLOCK");
		String sku = ModuleTestOrders.newProduct(products);
		try (WebhookReceiver receiver = WebhookReceiver.answering200()) {
			WebhookSubscription subscription = subscriptions
				.register(new NewWebhookSubscription(receiver.url(), List.of(OrderEventType.ORDER_REJECTED)));

			scenario.stimulate(() -> ModuleTestOrders.place(placement, json, sku, 1))
				.andWaitForStateChange(() -> subscriptions.deliveries(subscription.id())
					.stream()
					.filter(delivery -> delivery.status() == WebhookDelivery.DeliveryStatus.DELIVERED)
					.toList(), delivered -> !delivered.isEmpty())
				.andVerify(delivered -> {
					assertThat(delivered).singleElement().satisfies(delivery -> {
						assertThat(delivery.eventType()).isEqualTo("ORDER_REJECTED");
						assertThat(delivery.lastStatusCode()).isEqualTo(200);
					});
					assertThat(receiver.received()).singleElement().satisfies(received -> {
						assertThat(received.signature()).startsWith("v1,");
						assertThat(received.body()).contains("\"type\":\"ORDER_REJECTED\"")
							.contains("\"orderNumber\":\"" + delivered.get(0).orderNumber() + "\"");
					});
				});
		}
	}

}
