package io.orderflow.system;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.orderflow.OrderflowApplication;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.mock.env.MockEnvironment;

class ProviderSelectionTest {

	@Test
	void refusesToStartWithoutAProviderOrWithAnUnknownOneNamingEachProperty() {
		MockEnvironment environment = new MockEnvironment().withProperty("orderflow.carrier.provider", "acme-parcels");

		assertThatThrownBy(() -> ProviderSelection.check(environment))
			.hasMessageContaining("orderflow.payment.provider is not set (one of: simulated)")
			.hasMessageContaining("orderflow.carrier.provider is 'acme-parcels', which is not one of: simulated");
	}

	@Test
	void startsWithTheSimulators() {
		MockEnvironment environment = new MockEnvironment().withProperty("orderflow.payment.provider", "simulated")
			.withProperty("orderflow.carrier.provider", "simulated");

		assertThatCode(() -> ProviderSelection.check(environment)).doesNotThrowAnyException();
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
