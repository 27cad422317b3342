package io.orderflow.system;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.context.annotation.Profile;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Outside the demo profile, Orderflow does not start with a secret that is missing or
 * still has its published demo value: anyone could sign carrier or payment events, or log
 * in as the administrator. Nor with a simulated payment provider or carrier, unless that
 * is allowed on purpose: it approves test tokens and books no parcel.
 */
@Component
@Profile("!demo")
class ProductionSafety {

	/** Property → values published in this repository (blank counts as missing). */
	static final Map<String, Set<String>> DEMO_VALUES = Map.of("orderflow.carrier.webhook-secret",
			Set.of("dev-carrier-secret"), "orderflow.payment.webhook-secret", Set.of("dev-payment-secret"),
			"camunda.bpm.admin-user.password", Set.of("demo", "admin", "change-me"), "spring.datasource.password",
			Set.of("orderflow", "postgres", "sa"));

	static final String SIMULATORS_ALLOWED = "orderflow.simulators.allowed";

	ProductionSafety(Environment environment) {
		List<String> problems = new ArrayList<>();
		DEMO_VALUES.forEach((property, demoValues) -> {
			String value = environment.getProperty(property);
			if (value == null || value.isBlank()) {
				problems.add(property + " is not set");
			}
			else if (demoValues.contains(value)) {
				problems.add(property + " still has its demo value");
			}
		});
		List<String> simulated = ProviderSelection.PROVIDERS.keySet()
			.stream()
			.filter(property -> ProviderSelection.SIMULATED.equalsIgnoreCase(environment.getProperty(property)))
			.toList();
		if (!simulated.isEmpty() && !"true".equalsIgnoreCase(environment.getProperty(SIMULATORS_ALLOWED))) {
			problems.add(String.join(" and ", simulated) + " " + (simulated.size() == 1 ? "is" : "are")
					+ " simulated; set " + SIMULATORS_ALLOWED + "=true to run with simulators anyway");
		}
		if (!problems.isEmpty()) {
			throw new IllegalStateException("Refusing to start outside the demo profile: " + String.join("; ", problems)
					+ ". Set them through the environment (see README, \"On PostgreSQL\").");
		}
	}

}
