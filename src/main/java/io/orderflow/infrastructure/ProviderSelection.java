package io.orderflow.infrastructure;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.env.PropertyResolver;

/**
 * Orderflow does not start without a provider for each module that needs one (payment
 * provider, carrier) that the module has an implementation for, as its
 * {@link ProviderRequirements} say. Checked before any other bean is created, so the
 * message names the property instead of a bean that could not be found.
 */
@Configuration(proxyBeanMethods = false)
class ProviderSelection {

	@Bean
	static BeanFactoryPostProcessor providerCheck(Environment environment) {
		return beanFactory -> check(environment,
				Arrays.stream(beanFactory.getBeanNamesForType(ProviderRequirements.class, false, false))
					.map(name -> beanFactory.getBean(name, ProviderRequirements.class))
					.toList());
	}

	static void check(PropertyResolver environment, List<ProviderRequirements> requirements) {
		List<String> problems = new ArrayList<>();
		providers(requirements).forEach((property, providers) -> {
			String value = environment.getProperty(property);
			if (value == null || value.isBlank()) {
				problems.add(property + " is not set (one of: " + String.join(", ", providers) + ")");
			}
			else if (!providers.contains(value.toLowerCase(Locale.ROOT))) {
				problems.add(property + " is '" + value + "', which is not one of: " + String.join(", ", providers));
			}
		});
		if (!problems.isEmpty()) {
			throw new IllegalStateException("Refusing to start: " + String.join("; ", problems)
					+ ". See README, \"Payment provider and carrier\".");
		}
	}

	/** Property → the providers it may name, by property. */
	static Map<String, Set<String>> providers(List<ProviderRequirements> requirements) {
		Map<String, Set<String>> providers = new TreeMap<>();
		requirements.forEach(required -> providers.put(required.property(), new TreeSet<>(required.providers())));
		return providers;
	}

}
