package io.orderflow.fraud;

import io.orderflow.order.Order;
import io.orderflow.order.Orders;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Service;

/**
 * Computes an order's risk facts from the domain and lets the analysts' DMN decision {@code fraud-risk} judge them.
 * The facts go to the decision only; the process keeps just the verdict.
 */
@Service
class FraudScreening {

	static final String DECISION_KEY = "fraud-risk";

	private final Orders orders;

	private final DecisionService decisions;

	FraudScreening(Orders orders, DecisionService decisions) {
		this.orders = orders;
		this.decisions = decisions;
	}

	RiskAssessment assess(String orderNumber) {
		Order order = orders.get(orderNumber);
		DmnDecisionResultEntries result = decisions.evaluateDecisionByKey(DECISION_KEY)
			.variables(Variables.createVariables()
				.putValue("grandTotal", order.totals().grandTotal())
				.putValue("shippingCountry", order.shippingAddress().country())
				.putValue("shippingMethod", order.shippingMethod().name()))
			.evaluate()
			.getSingleResult();
		if (result == null) {
			throw new IllegalStateException("Decision " + DECISION_KEY + " matched no rule for order " + orderNumber);
		}
		return new RiskAssessment(RiskLevel.valueOf(result.getEntry("riskLevel")), result.getEntry("riskReasons"));
	}

	record RiskAssessment(RiskLevel level, String reasons) {
	}

	enum RiskLevel {

		LOW, REVIEW, BLOCK

	}

}
