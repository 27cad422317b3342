package io.orderflow.infrastructure;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;

import io.orderflow.OrderflowApplication;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.mock.env.MockEnvironment;

class ProviderSelectionTest {

	/** As payment and shipping declare theirs. */
	static final List<ProviderRequirements> REQUIREMENTS = List.of(
			new ProviderRequirements("orderflow.payment.provider", Set.of(ProviderRequirements.SIMULATED),
					Map.of("orderflow.payment.webhook-secret", Set.of("dev-payment-secret"))),
			new ProviderRequirements("orderflow.carrier.provider", Set.of(ProviderRequirements.SIMULATED),
					Map.of("orderflow.carrier.webhook-secret", Set.of("dev-carrier-secret"))));

	@Test
	void refusesToStartWithoutAProviderOrWithAnUnknownOneNamingEachProperty() {
		MockEnvironment environment = new MockEnvironment().withProperty("orderflow.carrier.provider", "acme-parcels");

		assertThatThrownBy(() -> ProviderSelection.check(environment, REQUIREMENTS))
			.hasMessageContaining("orderflow.payment.provider is not set (one of: simulated)")
			.hasMessageContaining("orderflow.carrier.provider is 'acme-parcels', which is not one of: simulated");
	}

	@Test
	void startsWithTheSimulators() {
		MockEnvironment environment = new MockEnvironment().withProperty("orderflow.payment.provider", "simulated")
			.withProperty("orderflow.carrier.provider", "simulated");

		assertThatCode(() -> ProviderSelection.check(environment, REQUIREMENTS)).doesNotThrowAnyException();
	}

	@Test
	void theApplicationWithoutAPaymentProviderStopsOnThePropertyNotOnAMissingBean() {
		SpringApplicationBuilder application = new SpringApplicationBuilder(OrderflowApplication.class).profiles("demo",
				"test");

		assertThatThrownBy(() -> application.run("--orderflow.payment.provider="))
			.isInstanceOf(IllegalStateException.class)
			.hasMessageStartingWith("Refusing to start: orderflow.payment.provider is not set")
			.hasMessageNotContaining("orderflow.carrier.provider");
	}

}
