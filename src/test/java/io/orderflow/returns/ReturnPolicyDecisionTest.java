package io.orderflow.returns;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

import io.orderflow.returns.ReturnPolicy.Outcome;
import io.orderflow.returns.ReturnPolicy.Verdict;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The analysts' decision table {@code processes/return-policy.dmn}, rule by rule, judged
 * as the application judges it: every matching rule adds its reason, the strictest
 * outcome wins.
 */
class ReturnPolicyDecisionTest {

	static DmnEngine dmn;

	static DmnDecision returnPolicy;

	final Map<String, Object> facts = new HashMap<>(
			Map.of("reason", "CHANGED_MIND", "refundValue", new BigDecimal("59.50"), "daysSinceDelivery", 3L));

	@BeforeAll
	static void parseDecision() throws Exception {
		dmn = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
		try (InputStream table = ReturnPolicyDecisionTest.class.getResourceAsStream("/return-policy.dmn")) {
			returnPolicy = dmn.parseDecision("return-policy", table);
		}
	}

	@Test
	void changeOfMindWithinFourteenDaysIsTakenBack() {
		facts.put("daysSinceDelivery", 14L);

		assertThat(judge()).isEqualTo(new Verdict(Outcome.APPROVE, "Change of mind within 14 days"));
	}

	@Test
	void changeOfMindAfterFourteenDaysIsRefused() {
		facts.put("daysSinceDelivery", 15L);

		Verdict verdict = judge();
		assertThat(verdict.outcome()).isEqualTo(Outcome.REJECT);
		assertThat(verdict.reasons()).isEqualTo("Change of mind more than 14 days after delivery");
	}

	@ParameterizedTest
	@ValueSource(strings = { "DAMAGED", "WRONG_ITEM" })
	void ourFaultIsAlwaysTakenBackEvenLate(String reason) {
		facts.put("reason", reason);
		facts.put("daysSinceDelivery", 29L);

		assertThat(judge()).isEqualTo(new Verdict(Outcome.APPROVE, "Damaged or wrong item"));
	}

	@Test
	void refundAboveTwoHundredIsCheckedByAPersonButTwoHundredExactlyIsNot() {
		facts.put("refundValue", new BigDecimal("200.00"));
		assertThat(judge().outcome()).isEqualTo(Outcome.APPROVE);

		facts.put("refundValue", new BigDecimal("200.01"));
		Verdict verdict = judge();
		assertThat(verdict.outcome()).isEqualTo(Outcome.REVIEW);
		assertThat(verdict.reasons()).isEqualTo("Refund above 200.00");
	}

	@Test
	void damagedButValuableIsCheckedByAPerson() {
		facts.put("reason", "DAMAGED");
		facts.put("refundValue", new BigDecimal("1299.00"));

		Verdict verdict = judge();
		assertThat(verdict.outcome()).isEqualTo(Outcome.REVIEW);
		assertThat(verdict.reasons()).isEqualTo("Damaged or wrong item; Refund above 200.00");
	}

	@ParameterizedTest
	@ValueSource(strings = { "NOT_AS_DESCRIBED", "OTHER" })
	void reasonsThatNeedJudgementGoToCustomerService(String reason) {
		facts.put("reason", reason);

		assertThat(judge()).isEqualTo(new Verdict(Outcome.REVIEW, "Reason needs a person to judge"));
	}

	@Test
	void lateAndValuableChangeOfMindIsRefusedNotReviewed() {
		facts.put("refundValue", new BigDecimal("500.00"));
		facts.put("daysSinceDelivery", 20L);

		assertThat(judge().outcome()).isEqualTo(Outcome.REJECT);
	}

	@ParameterizedTest
	@EnumSource
	void everyReasonACustomerCanGiveHasARule(ReturnReason reason) {
		facts.put("reason", reason.name());

		assertThat(dmn.evaluateDecision(returnPolicy, facts)).isNotEmpty();
	}

	@Test
	void aReturnNoRuleCoversGoesToAPerson() {
		facts.put("reason", "GIFT_UNWANTED");

		assertThat(judge()).isEqualTo(new Verdict(Outcome.REVIEW, "No policy rule matched"));
	}

	private Verdict judge() {
		return ReturnPolicy.verdict(dmn.evaluateDecision(returnPolicy, facts));
	}

}
