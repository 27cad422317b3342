package io.orderflow.fraud;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.math.BigDecimal;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The analysts' decision table {@code processes/fraud-risk.dmn}, rule by rule. */
class FraudRiskDecisionTest {

	static DmnEngine dmn;

	static DmnDecision fraudRisk;

	@BeforeAll
	static void parseDecision() throws Exception {
		dmn = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
		try (InputStream table = FraudRiskDecisionTest.class.getResourceAsStream("/fraud-risk.dmn")) {
			fraudRisk = dmn.parseDecision("fraud-risk", table);
		}
	}

	@Test
	void orderAboveOneThousandNeedsReview() {
		DmnDecisionResultEntries result = evaluate("1000.01");

		assertThat((String) result.getEntry("riskLevel")).isEqualTo("REVIEW");
		assertThat((String) result.getEntry("riskReasons")).contains("1,000.00");
	}

	@Test
	void orderOfExactlyOneThousandIsLowRisk() {
		assertThat((String) evaluate("1000.00").getEntry("riskLevel")).isEqualTo("LOW");
	}

	@Test
	void ordinaryOrderIsLowRisk() {
		DmnDecisionResultEntries result = evaluate("67.65");

		assertThat((String) result.getEntry("riskLevel")).isEqualTo("LOW");
		assertThat((String) result.getEntry("riskReasons")).isEqualTo("No risk indicators");
	}

	private DmnDecisionResultEntries evaluate(String grandTotal) {
		return dmn.evaluateDecision(fraudRisk,
				Variables.createVariables()
					.putValue("grandTotal", new BigDecimal(grandTotal))
					.putValue("shippingCountry", "DE")
					.putValue("shippingMethod", "STANDARD"))
			.getSingleResult();
	}

}
