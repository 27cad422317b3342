package io.orderflow.infrastructure;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.springframework.context.annotation.Profile;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Outside the demo profile, Orderflow does not start with a secret that is missing or
 * still has its published demo value: anyone could sign carrier or payment events, or log
 * in as the administrator. Nor with a simulated payment provider or carrier, unless that
 * is allowed on purpose: it approves test tokens and books no parcel. The modules with
 * providers say which secrets they need ({@link ProviderRequirements}); the database's
 * and the administrator's passwords are checked here.
 */
@Component
@Profile("!demo")
class ProductionSafety {

	/**
	 * Property → values published in this repository (blank counts as missing), besides
	 * the modules' own secrets.
	 */
	static final Map<String, Set<String>> DEMO_VALUES = Map.of("camunda.bpm.admin-user.password",
			Set.of("demo", "admin", "change-me"), "spring.datasource.password", Set.of("orderflow", "postgres", "sa"),
			"orderflow.public-base-url", Set.of(), "orderflow.public-links.signing-key",
			Set.of("dev-link-signing-key"));

	static final String SIMULATORS_ALLOWED = "orderflow.simulators.allowed";

	ProductionSafety(Environment environment, List<ProviderRequirements> requirements) {
		List<String> problems = new ArrayList<>();
		Map<String, Set<String>> demoValues = new TreeMap<>(DEMO_VALUES);
		requirements.forEach(required -> demoValues.putAll(required.secrets()));
		demoValues.forEach((property, published) -> {
			String value = environment.getProperty(property);
			if (value == null || value.isBlank()) {
				problems.add(property + " is not set");
			}
			else if (published.contains(value)) {
				problems.add(property + " still has its demo value");
			}
		});
		List<String> simulated = ProviderSelection.providers(requirements)
			.keySet()
			.stream()
			.filter(property -> ProviderRequirements.SIMULATED.equalsIgnoreCase(environment.getProperty(property)))
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
