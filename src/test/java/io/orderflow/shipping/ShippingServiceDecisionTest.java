package io.orderflow.shipping;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;

import io.orderflow.order.ShippingMethod;
import io.orderflow.shipping.ShippingServiceDecision.ParcelFacts;
import io.orderflow.shipping.ShippingServiceDecision.ServiceChoice;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The analysts' table {@code processes/shipping-service.dmn}, rule by rule (hit policy
 * FIRST: the first matching rule decides), mapped as the application maps it.
 */
class ShippingServiceDecisionTest {

	static DmnEngine dmn;

	static DmnDecision table;

	@BeforeAll
	static void parseDecision() throws IOException {
		dmn = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
		try (InputStream in = ShippingServiceDecisionTest.class.getResourceAsStream("/shipping-service.dmn")) {
			table = dmn.parseDecision(ShippingServiceDecision.DECISION_KEY, in);
		}
	}

	@Test
	void hazardousGoodsGoByGroundWhateverWasOrdered() {
		assertThat(choose(facts(ShippingMethod.EXPEDITED).hazardous()))
			.isEqualTo(new ServiceChoice("DHL", "Paket Gefahrgut", 3, true, false));
	}

	@Test
	void expeditedIsOvernightSignedForAndInsured() {
		assertThat(choose(facts(ShippingMethod.EXPEDITED)))
			.isEqualTo(new ServiceChoice("FedEx", "Priority Overnight", 1, true, true));
	}

	@Test
	void expressWithinGermanyTakesOneBusinessDay() {
		assertThat(choose(facts(ShippingMethod.EXPRESS)))
			.isEqualTo(new ServiceChoice("UPS", "Express Saver", 1, false, false));
	}

	@Test
	void expressAbroadTakesTwo() {
		assertThat(choose(facts(ShippingMethod.EXPRESS).to("AT")))
			.isEqualTo(new ServiceChoice("UPS", "Express Saver", 2, false, false));
	}

	@Test
	void standardAboveTheParcelLimitGoesAsFreight() {
		assertThat(choose(facts(ShippingMethod.STANDARD).weighing(31_501)))
			.isEqualTo(new ServiceChoice("DB Schenker", "System", 4, true, false));
		assertThat(choose(facts(ShippingMethod.STANDARD).weighing(31_500)).carrier()).isEqualTo("DHL");
	}

	@Test
	void standardAbove500IsSignedForAndInsured() {
		assertThat(choose(facts(ShippingMethod.STANDARD).worth("500.01")))
			.isEqualTo(new ServiceChoice("DHL", "Paket", 2, true, true));
		assertThat(choose(facts(ShippingMethod.STANDARD).worth("500.00")).insured()).isFalse();
	}

	@Test
	void fragileStandardGoodsAreInsured() {
		assertThat(choose(facts(ShippingMethod.STANDARD).fragile()))
			.isEqualTo(new ServiceChoice("DHL", "Paket", 2, false, true));
	}

	@Test
	void standardWithinGermany() {
		assertThat(choose(facts(ShippingMethod.STANDARD)))
			.isEqualTo(new ServiceChoice("DHL", "Paket", 2, false, false));
	}

	@Test
	void standardAbroad() {
		assertThat(choose(facts(ShippingMethod.STANDARD).to("FR")))
			.isEqualTo(new ServiceChoice("DHL", "Paket International", 5, false, false));
	}

	@Test
	void anAnalystsEditChangesTheCarrierWithoutJava() throws IOException {
		String edited;
		try (InputStream in = getClass().getResourceAsStream("/shipping-service.dmn")) {
			edited = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace(
					"<text>\"DHL\"</text>\n        </outputEntry>\n        <outputEntry id=\"standardDomestic_service\">",
					"<text>\"GLS\"</text>\n        </outputEntry>\n        <outputEntry id=\"standardDomestic_service\">");
		}
		DmnDecision editedTable = dmn.parseDecision(ShippingServiceDecision.DECISION_KEY,
				new ByteArrayInputStream(edited.getBytes(StandardCharsets.UTF_8)));
		ParcelFacts standard = facts(ShippingMethod.STANDARD).build();

		assertThat(ServiceChoice.of(dmn.evaluateDecision(editedTable, standard.variables()), standard).carrier())
			.isEqualTo("GLS");
	}

	private static ServiceChoice choose(Facts facts) {
		ParcelFacts parcel = facts.build();
		return ServiceChoice.of(dmn.evaluateDecision(table, parcel.variables()), parcel);
	}

	private static Facts facts(ShippingMethod method) {
		return new Facts(method, 1200, "DE", new BigDecimal("89.00"), false, false);
	}

	private record Facts(ShippingMethod method, int weight, String country, BigDecimal value, boolean dangerous,
			boolean breakable) {

		Facts hazardous() {
			return new Facts(method, weight, country, value, true, breakable);
		}

		Facts fragile() {
			return new Facts(method, weight, country, value, dangerous, true);
		}

		Facts to(String destination) {
			return new Facts(method, weight, destination, value, dangerous, breakable);
		}

		Facts weighing(int grams) {
			return new Facts(method, grams, country, value, dangerous, breakable);
		}

		Facts worth(String amount) {
			return new Facts(method, weight, country, new BigDecimal(amount), dangerous, breakable);
		}

		ParcelFacts build() {
			return new ParcelFacts(method, weight, country, value, dangerous, breakable);
		}

	}

}
