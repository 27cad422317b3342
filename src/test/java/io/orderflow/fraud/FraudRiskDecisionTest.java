package io.orderflow.fraud;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

import io.orderflow.fraud.FraudScreening.RiskAssessment;
import io.orderflow.fraud.FraudScreening.RiskLevel;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The analysts' decision table {@code processes/fraud-risk.dmn}, rule by rule, judged the
 * way the application judges it: every matching rule adds its reason, the highest level
 * wins. Each test starts from an order nothing flags.
 */
class FraudRiskDecisionTest {

	static DmnEngine dmn;

	static DmnDecision fraudRisk;

	final Map<String, Object> facts = new HashMap<>(Map.of("grandTotal", new BigDecimal("50.00"), "shippingCountry",
			"DE", "countryMismatch", false, "firstOrder", false, "ordersLast24h", 0, "shippingMethod", "STANDARD",
			"emailDomain", "example.com"));

	@BeforeAll
	static void parseDecision() throws Exception {
		dmn = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
		try (InputStream table = FraudRiskDecisionTest.class.getResourceAsStream("/fraud-risk.dmn")) {
			fraudRisk = dmn.parseDecision("fraud-risk", table);
		}
	}

	@Test
	void ordinaryOrderIsLowRisk() {
		RiskAssessment verdict = judge();

		assertThat(verdict.level()).isEqualTo(RiskLevel.LOW);
		assertThat(verdict.reasons()).isEqualTo("No risk indicators");
	}

	@Test
	void orderAboveOneThousandNeedsReviewButOneThousandExactlyDoesNot() {
		facts.put("grandTotal", new BigDecimal("1000.00"));
		assertThat(judge().level()).isEqualTo(RiskLevel.LOW);

		facts.put("grandTotal", new BigDecimal("1000.01"));
		assertThat(judge()).isEqualTo(new RiskAssessment(RiskLevel.REVIEW, "Grand total above 1,000.00"));
	}

	@Test
	void billingAndShippingInDifferentCountriesNeedsReview() {
		facts.put("countryMismatch", true);

		assertThat(judge()).isEqualTo(new RiskAssessment(RiskLevel.REVIEW, "Billing and shipping country differ"));
	}

	@Test
	void shippingToAHighRiskCountryNeedsReview() {
		facts.put("shippingCountry", "KP");

		assertThat(judge()).isEqualTo(new RiskAssessment(RiskLevel.REVIEW, "Ships to a country on the high-risk list"));
	}

	@Test
	void valuableFirstOrderNeedsReviewButACheapOneDoesNot() {
		facts.put("firstOrder", true);
		assertThat(judge().level()).isEqualTo(RiskLevel.LOW);

		facts.put("grandTotal", new BigDecimal("500.01"));
		assertThat(judge()).isEqualTo(new RiskAssessment(RiskLevel.REVIEW, "First order of the customer above 500.00"));
	}

	@Test
	void threeOrdersWithinADayNeedReviewAndTenAreBlocked() {
		facts.put("ordersLast24h", 2);
		assertThat(judge().level()).isEqualTo(RiskLevel.LOW);

		facts.put("ordersLast24h", 3);
		assertThat(judge())
			.isEqualTo(new RiskAssessment(RiskLevel.REVIEW, "Three or more other orders within 24 hours"));

		facts.put("ordersLast24h", 10);
		assertThat(judge()).isEqualTo(new RiskAssessment(RiskLevel.BLOCK, "Ten or more other orders within 24 hours"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "EXPRESS", "EXPEDITED" })
	void fastShippingOfAValuableOrderNeedsReview(String shippingMethod) {
		facts.put("shippingMethod", shippingMethod);
		facts.put("grandTotal", new BigDecimal("600.00"));

		assertThat(judge()).isEqualTo(new RiskAssessment(RiskLevel.REVIEW, "Express shipping on a high-value order"));
	}

	@Test
	void disposableEmailNeedsReview() {
		facts.put("emailDomain", "mailinator.com");

		assertThat(judge()).isEqualTo(new RiskAssessment(RiskLevel.REVIEW, "Disposable e-mail address"));
	}

	@Test
	void valuableFirstOrderFromADisposableAddressIsBlockedWithEveryReason() {
		facts.put("emailDomain", "yopmail.com");
		facts.put("firstOrder", true);
		facts.put("grandTotal", new BigDecimal("1500.00"));

		RiskAssessment verdict = judge();

		assertThat(verdict.level()).isEqualTo(RiskLevel.BLOCK);
		assertThat(verdict.reasons()).contains("Grand total above 1,000.00", "First order of the customer above 500.00",
				"Disposable e-mail address", "Disposable e-mail address on a first order above 1,000.00");
	}

	private RiskAssessment judge() {
		return FraudScreening.verdict(dmn.evaluateDecision(fraudRisk, facts));
	}

}
