package io.orderflow.infrastructure;

import java.util.Map;
import java.util.Set;

/**
 * What a module with adapters for outside providers needs set to start: the property that
 * selects its provider, the providers it has an adapter for (the values their
 * {@code @ConditionalOnProperty} expect), and its secrets, each with the values published
 * in this repository. The module declares it as a bean from a {@code static @Bean} method
 * ({@link ProviderSelection} reads it before other beans exist); a new provider is a new
 * name here and an adapter, both in that module.
 */
public record ProviderRequirements(String property, Set<String> providers, Map<String, Set<String>> secrets) {

	/** The provider that is a simulator: approves test tokens, books no parcel. */
	public static final String SIMULATED = "simulated";

}
