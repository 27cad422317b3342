package io.orderflow.bench.twin;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * What stands in for one OMS delegate or listener in the twin: no domain work, only the
 * variables the diagrams' gateways read, set so an order paid by card takes the happy
 * path. The two steps that ask a decision table still evaluate it (fraud-risk,
 * shipping-service) with fixed facts, so the engine's decision work and history are in
 * the baseline as in the OMS.
 */
final class TwinStep implements JavaDelegate, ExecutionListener, TaskListener {

	private final String name;

	TwinStep(String name) {
		this.name = name;
	}

	@Override
	public void execute(DelegateExecution execution) {
		switch (name) {
			case "assessFraudRisk" -> {
				Object level = execution.getProcessEngineServices()
					.getDecisionService()
					.evaluateDecisionByKey("fraud-risk")
					.variables(Map.of("grandTotal", 37.5, "shippingCountry", "DE", "countryMismatch", false,
							"firstOrder", false, "ordersLast24h", 0, "shippingMethod", "STANDARD", "emailDomain",
							"example.com"))
					.evaluate()
					.stream()
					.findFirst()
					.map(match -> match.getEntry("riskLevel"))
					.orElse("LOW");
				execution.setVariable("riskLevel", "LOW".equals(level) ? level : "LOW");
			}
			case "createShipment" -> {
				execution.getProcessEngineServices()
					.getDecisionService()
					.evaluateDecisionByKey("shipping-service")
					.variables(Map.of("shippingMethod", "STANDARD", "parcelWeightGrams", 900, "destinationCountry",
							"DE", "goodsValue", 37.5, "hazardous", false, "fragile", false))
					.evaluate();
				execution.setVariable("shipmentKey", execution.getVariable("orderNumber") + "-BER");
			}
			default -> set(execution);
		}
	}

	@Override
	public void notify(DelegateExecution execution) {
		set(execution);
	}

	@Override
	public void notify(DelegateTask task) {
		set(task);
	}

	private void set(VariableScope scope) {
		happyPath(name).forEach(scope::setVariable);
	}

	/** The gateway variables a step sets on the happy path of a card payment. */
	static Map<String, Object> happyPath(String step) {
		Map<String, Object> variables = new HashMap<>();
		switch (step) {
			case "reserveStock" -> variables.put("stockShort", false);
			case "checkPaymentTaken" -> variables.put("paymentTaken", false);
			case "preparePayment" -> variables.put("paymentMethod", "CARD");
			case "recordPick" -> variables.put("anythingPicked", true);
			case "reallocateShortfall" -> variables.put("moreToShipNow", false);
			case "checkShippingProgress" -> variables.put("allShipped", true);
			case "checkDeliveryStatus" -> {
				variables.put("delivered", false);
				variables.put("shipmentKey", null);
				variables.put("deliveryDeadline", Date.from(Instant.now().plus(Duration.ofDays(10))));
			}
			default -> {
				// a step whose outcome no gateway of the happy path reads
			}
		}
		return variables;
	}

}
