package io.orderflow.payment;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code orderflow.payment.attempts}: the connections of {@link AuthorizationAttempts}'
 * own pool.
 */
@ConfigurationProperties("orderflow.payment.attempts")
record AttemptsProperties(int poolSize) {

	AttemptsProperties {
		if (poolSize < 1) {
			throw new IllegalArgumentException("orderflow.payment.attempts.pool-size must be at least 1");
		}
	}

}
