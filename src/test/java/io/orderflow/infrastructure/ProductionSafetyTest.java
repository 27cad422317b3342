package io.orderflow.infrastructure;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

class ProductionSafetyTest {

	@Test
	void refusesToStartWithDemoOrMissingSecretsNamingEachOne() {
		MockEnvironment environment = strong().withProperty("orderflow.carrier.webhook-secret", "dev-carrier-secret")
			.withProperty("camunda.bpm.admin-user.password", "");

		assertThatThrownBy(() -> new ProductionSafety(environment, ProviderSelectionTest.REQUIREMENTS))
			.hasMessageContaining("orderflow.carrier.webhook-secret still has its demo value")
			.hasMessageContaining("camunda.bpm.admin-user.password is not set")
			.hasMessageNotContaining("payment");
	}

	@Test
	void refusesToStartWithoutThePublicHostOrWithTheDemoLinkKey() {
		MockEnvironment environment = strong().withProperty("orderflow.public-base-url", "")
			.withProperty("orderflow.public-links.signing-key", "dev-link-signing-key");

		assertThatThrownBy(() -> new ProductionSafety(environment, ProviderSelectionTest.REQUIREMENTS))
			.hasMessageContaining("orderflow.public-base-url is not set")
			.hasMessageContaining("orderflow.public-links.signing-key still has its demo value");
	}

	@Test
	void startsWithSecretsOfItsOwn() {
		assertThatCode(() -> new ProductionSafety(strong(), ProviderSelectionTest.REQUIREMENTS))
			.doesNotThrowAnyException();
	}

	@Test
	void refusesSimulatedProvidersUnlessAllowedSayingWhatToSet() {
		MockEnvironment environment = strong().withProperty("orderflow.payment.provider", "simulated")
			.withProperty("orderflow.carrier.provider", "simulated");

		assertThatThrownBy(() -> new ProductionSafety(environment, ProviderSelectionTest.REQUIREMENTS))
			.hasMessageContaining("orderflow.carrier.provider and orderflow.payment.provider are simulated")
			.hasMessageContaining("set orderflow.simulators.allowed=true");
	}

	@Test
	void refusesASimulatedCarrierNextToARealPaymentProvider() {
		MockEnvironment environment = strong().withProperty("orderflow.payment.provider", "acme-pay")
			.withProperty("orderflow.carrier.provider", "simulated")
			.withProperty("orderflow.simulators.allowed", "false");

		assertThatThrownBy(() -> new ProductionSafety(environment, ProviderSelectionTest.REQUIREMENTS))
			.hasMessageContaining("orderflow.carrier.provider is simulated")
			.hasMessageNotContaining("orderflow.payment.provider");
	}

	@Test
	void startsWithSimulatorsWhenThatIsAllowedOnPurpose() {
		MockEnvironment environment = strong().withProperty("orderflow.payment.provider", "simulated")
			.withProperty("orderflow.carrier.provider", "simulated")
			.withProperty("orderflow.simulators.allowed", "true");

		assertThatCode(() -> new ProductionSafety(environment, ProviderSelectionTest.REQUIREMENTS))
			.doesNotThrowAnyException();
	}

	private static MockEnvironment strong() {
		return new MockEnvironment().withProperty("orderflow.carrier.webhook-secret", "c4rr13r-5ecret-7f3a")
			.withProperty("orderflow.payment.webhook-secret", "p4ym3nt-5ecret-91bd")
			.withProperty("camunda.bpm.admin-user.password", "a-long-admin-passphrase")
			.withProperty("spring.datasource.password", "db-passphrase-2026")
			.withProperty("orderflow.public-base-url", "https://orders.example.com")
			.withProperty("orderflow.public-links.signing-key", "l1nk-s1gn1ng-k3y-4e2c");
	}

}
