package io.orderflow.fraud;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import io.orderflow.order.CustomerOrders;
import io.orderflow.order.Order;
import io.orderflow.order.Orders;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.engine.DecisionService;
import org.springframework.stereotype.Service;

/**
 * Computes an order's risk facts from the domain and lets the analysts' DMN decision
 * {@code fraud-risk} judge them. Every rule that matches contributes a level and a
 * reason; the highest level wins and all reasons are kept. The facts go to the decision
 * only; the process keeps just the verdict.
 */
@Service
public class FraudScreening {

	static final String DECISION_KEY = "fraud-risk";

	private final Orders orders;

	private final CustomerOrders customerOrders;

	private final DecisionService decisions;

	private final Clock clock;

	FraudScreening(Orders orders, CustomerOrders customerOrders, DecisionService decisions, Clock clock) {
		this.orders = orders;
		this.customerOrders = customerOrders;
		this.decisions = decisions;
		this.clock = clock;
	}

	public RiskAssessment assess(String orderNumber) {
		DmnDecisionResult matches = decisions.evaluateDecisionByKey(DECISION_KEY)
			.variables(facts(orders.get(orderNumber)))
			.evaluate();
		return verdict(matches);
	}

	/** The inputs of the decision table; their names are the table's input variables. */
	Map<String, Object> facts(Order order) {
		String email = order.customer().email();
		return Map.of("grandTotal", order.totals().grandTotal(), "shippingCountry", order.shippingAddress().country(),
				"countryMismatch", !order.shippingAddress().country().equals(order.billingAddress().country()),
				"firstOrder", customerOrders.isFirstOrderOfCustomer(order), "ordersLast24h",
				customerOrders.otherOrdersOfCustomerSince(order, OffsetDateTime.now(clock).minus(Duration.ofHours(24))),
				"shippingMethod", order.shippingMethod().name(), "emailDomain",
				email.substring(email.indexOf('@') + 1).toLowerCase(Locale.ROOT));
	}

	static RiskAssessment verdict(DmnDecisionResult matches) {
		if (matches.isEmpty()) {
			return new RiskAssessment(RiskLevel.LOW, "No risk indicators");
		}
		RiskLevel level = matches.stream()
			.map(match -> RiskLevel.valueOf((String) match.getEntry("riskLevel")))
			.max(Comparator.naturalOrder())
			.orElseThrow();
		String reasons = matches.stream()
			.map(match -> (String) match.getEntry("riskReason"))
			.distinct()
			.collect(Collectors.joining("; "));
		return new RiskAssessment(level, reasons);
	}

	public record RiskAssessment(RiskLevel level, String reasons) {
	}

	/** In rising order of risk. */
	enum RiskLevel {

		LOW, REVIEW, BLOCK

	}

}
