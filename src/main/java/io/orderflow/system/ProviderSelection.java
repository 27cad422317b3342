package io.orderflow.system;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.env.PropertyResolver;

/**
 * Orderflow does not start without a payment provider and a carrier it has an
 * implementation for. Checked before any bean is created, so the message names the
 * property instead of a bean that could not be found.
 */
@Configuration(proxyBeanMethods = false)
class ProviderSelection {

	static final String PAYMENT_PROVIDER = "orderflow.payment.provider";

	static final String CARRIER_PROVIDER = "orderflow.carrier.provider";

	static final String SIMULATED = "simulated";

	/**
	 * Property → the providers it may name: the values the implementations'
	 * {@code @ConditionalOnProperty} expect.
	 */
	static final Map<String, Set<String>> PROVIDERS = new TreeMap<>(
			Map.of(PAYMENT_PROVIDER, Set.of(SIMULATED), CARRIER_PROVIDER, Set.of(SIMULATED)));

	@Bean
	static BeanFactoryPostProcessor providerCheck(Environment environment) {
		return beanFactory -> check(environment);
	}

	static void check(PropertyResolver environment) {
		List<String> problems = new ArrayList<>();
		PROVIDERS.forEach((property, providers) -> {
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

}
