package io.orderflow.payment;

import java.util.Map;
import java.util.Set;

import io.orderflow.infrastructure.ProviderRequirements;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The payment providers Orderflow has an adapter for, and the secrets payment needs with
 * the values this repository publishes for the demo: start-up refuses an unknown provider
 * and, outside the demo profile, a published secret. A real provider adds its name here.
 */
@Configuration(proxyBeanMethods = false)
class PaymentProviders {

	@Bean
	static ProviderRequirements paymentProviderRequirements() {
		return new ProviderRequirements("orderflow.payment.provider", Set.of(ProviderRequirements.SIMULATED),
				Map.of("orderflow.payment.webhook-secret", Set.of("dev-payment-secret")));
	}

}
