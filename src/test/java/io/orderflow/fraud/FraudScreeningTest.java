package io.orderflow.fraud;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import io.orderflow.fraud.FraudScreening.RiskAssessment;
import io.orderflow.fraud.FraudScreening.RiskLevel;
import io.orderflow.order.Address;
import io.orderflow.order.Customer;
import io.orderflow.order.CustomerOrders;
import io.orderflow.order.Order;
import io.orderflow.order.OrderStatus;
import io.orderflow.order.Orders;
import io.orderflow.order.PaymentMethod;
import io.orderflow.order.SalesChannel;
import io.orderflow.order.ShippingMethod;
import io.orderflow.order.Totals;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.junit.jupiter.api.Test;

/**
 * The facts an order gives the fraud decision table: what the analysts' rules see of it.
 */
class FraudScreeningTest {

	static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");

	static final Address BERLIN = Address.of("Ada Lovelace", "Main St 1", "Berlin", "10115", "DE");

	static final Address VIENNA = Address.of("Ada Lovelace", "Ringstrasse 3", "Wien", "1010", "AT");

	final Orders orders = mock(Orders.class);

	final CustomerOrders customerOrders = mock(CustomerOrders.class);

	final FraudScreening screening = new FraudScreening(orders, customerOrders, null, Clock.fixed(NOW, ZoneOffset.UTC));

	@Test
	void theOrderIsDescribedByTotalCountryAndDelivery() {
		Order order = order("ada@example.com", BERLIN, BERLIN, ShippingMethod.EXPRESS);

		assertThat(screening.facts(order)).containsEntry("grandTotal", new BigDecimal("67.65"))
			.containsEntry("shippingCountry", "DE")
			.containsEntry("countryMismatch", false)
			.containsEntry("shippingMethod", "EXPRESS")
			.containsEntry("emailDomain", "example.com");
	}

	@Test
	void aBillInAnotherCountryThanTheParcelIsAMismatch() {
		Order order = order("ada@example.com", BERLIN, VIENNA, ShippingMethod.STANDARD);

		assertThat(screening.facts(order)).containsEntry("shippingCountry", "DE")
			.containsEntry("countryMismatch", true);
	}

	@Test
	void theCustomersHistoryCountsOtherOrdersOfTheLast24Hours() {
		Order order = order("ada@example.com", BERLIN, BERLIN, ShippingMethod.STANDARD);
		when(customerOrders.isFirstOrderOfCustomer(order)).thenReturn(true);
		when(customerOrders.otherOrdersOfCustomerSince(order, OffsetDateTime.parse("2026-11-21T10:00:00Z")))
			.thenReturn(4);

		assertThat(screening.facts(order)).containsEntry("firstOrder", true).containsEntry("ordersLast24h", 4);
	}

	@Test
	void aDisposableAddressIsRecognisedHoweverItIsCapitalised() throws Exception {
		Order order = order("Ada.Lovelace@Mailinator.COM", BERLIN, BERLIN, ShippingMethod.STANDARD);

		Map<String, Object> facts = screening.facts(order);

		assertThat(facts).containsEntry("emailDomain", "mailinator.com");
		assertThat(judge(facts)).isEqualTo(new RiskAssessment(RiskLevel.REVIEW, "Disposable e-mail address"));
	}

	private static RiskAssessment judge(Map<String, Object> facts) throws Exception {
		DmnEngine dmn = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
		try (InputStream table = FraudScreeningTest.class.getResourceAsStream("/fraud-risk.dmn")) {
			return FraudScreening.verdict(dmn.evaluateDecision(dmn.parseDecision("fraud-risk", table), facts));
		}
	}

	private static Order order(String email, Address shipTo, Address billTo, ShippingMethod shipping) {
		return new Order("OF-100001", SalesChannel.WEB, OrderStatus.PLACED, new Customer("C-1", "Ada Lovelace", email),
				shipTo, billTo, shipping, PaymentMethod.CARD, "tok_visa", "EUR", new Totals(new BigDecimal("51.90"),
						new BigDecimal("4.95"), new BigDecimal("10.80"), new BigDecimal("67.65")),
				List.of(), OffsetDateTime.parse("2026-11-22T09:59:00Z"));
	}

}
