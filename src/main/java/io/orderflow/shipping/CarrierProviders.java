package io.orderflow.shipping;

import java.util.Map;
import java.util.Set;

import io.orderflow.infrastructure.ProviderRequirements;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The carriers Orderflow has an adapter for, and the secrets shipping needs with the
 * values this repository publishes for the demo: start-up refuses an unknown carrier and,
 * outside the demo profile, a published secret. A real carrier adds its name here.
 */
@Configuration(proxyBeanMethods = false)
class CarrierProviders {

	@Bean
	static ProviderRequirements carrierProviderRequirements() {
		return new ProviderRequirements("orderflow.carrier.provider", Set.of(ProviderRequirements.SIMULATED),
				Map.of("orderflow.carrier.webhook-secret", Set.of("dev-carrier-secret")));
	}

}
