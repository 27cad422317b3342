package io.orderflow.returns;

import java.util.Comparator;
import java.util.Map;
import java.util.stream.Collectors;

import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.engine.DecisionService;
import org.springframework.stereotype.Component;

/** Asks the analysts' decision table {@code return-policy} what to do with a return. */
@Component
public class ReturnPolicy {

	static final String DECISION_KEY = "return-policy";

	private final Returns returns;

	private final DecisionService decisions;

	ReturnPolicy(Returns returns, DecisionService decisions) {
		this.returns = returns;
		this.decisions = decisions;
	}

	public Verdict assess(String returnNumber) {
		ReturnRequest request = returns.get(returnNumber);
		DmnDecisionResult matches = decisions.evaluateDecisionByKey(DECISION_KEY)
			.variables(Map.of("reason", request.reason().name(), "refundValue", returns.refundDue(request),
					"daysSinceDelivery", returns.daysSinceDelivery(request.orderNumber())))
			.evaluate();
		return verdict(matches);
	}

	/**
	 * Every matching rule counts; the strictest outcome wins (REJECT over REVIEW over
	 * APPROVE).
	 */
	static Verdict verdict(DmnDecisionResult matches) {
		if (matches.isEmpty()) {
			return new Verdict(Outcome.REVIEW, "No policy rule matched");
		}
		Outcome outcome = matches.stream()
			.map(match -> Outcome.valueOf((String) match.getEntry("returnDecision")))
			.max(Comparator.naturalOrder())
			.orElseThrow();
		String reasons = matches.stream()
			.map(match -> (String) match.getEntry("policyReason"))
			.distinct()
			.collect(Collectors.joining("; "));
		return new Verdict(outcome, reasons);
	}

	public record Verdict(Outcome outcome, String reasons) {
	}

	/** In rising strictness. */
	enum Outcome {

		APPROVE, REVIEW, REJECT

	}

}
