package io.orderflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class AddressRateLimitTest {

	@Test
	void anAddressUsesUpItsOwnAllowanceOnly() {
		AddressRateLimit limit = new AddressRateLimit(3, Duration.ofMinutes(1), 100);

		for (int i = 0; i < 3; i++) {
			assertThat(limit.exhausted("10.0.0.1")).isFalse();
			assertThat(limit.tryTake("10.0.0.1")).isTrue();
		}

		assertThat(limit.exhausted("10.0.0.1")).isTrue();
		assertThat(limit.tryTake("10.0.0.1")).isFalse();
		assertThat(limit.retryAfter("10.0.0.1")).isBetween(Duration.ofSeconds(1), Duration.ofSeconds(20));
		assertThat(limit.exhausted("10.0.0.2")).isFalse();
		assertThat(limit.tryTake("10.0.0.2")).isTrue();
	}

	@Test
	void theAllowanceComesBackOverThePeriod() throws InterruptedException {
		AddressRateLimit limit = new AddressRateLimit(2, Duration.ofMillis(200), 100);
		limit.tryTake("10.0.0.1");
		limit.tryTake("10.0.0.1");
		assertThat(limit.exhausted("10.0.0.1")).isTrue();

		Thread.sleep(250);

		assertThat(limit.exhausted("10.0.0.1")).isFalse();
	}

}
