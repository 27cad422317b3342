package io.orderflow.payment.simulated;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code orderflow.payment.simulator}: the simulated provider's own connections, and how
 * late it answers an authorization of the test token {@code tok_slow} (approved and
 * recorded at once, answered after this long, like a provider behind a slow network).
 */
@ConfigurationProperties("orderflow.payment.simulator")
record SimulatedProviderProperties(int poolSize, Duration slowAnswer) {

}
