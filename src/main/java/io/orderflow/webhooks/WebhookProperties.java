package io.orderflow.webhooks;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Outbound webhooks ({@code orderflow.webhooks}). Deliveries are retried after
 * {@code firstRetry}, doubling up to {@code maxRetry}, with up to 20% jitter, for
 * {@code retryFor} after the event; then they are FAILED. At most {@code concurrency}
 * requests are in flight, each bounded by the timeouts. Targets must be https and public
 * unless {@code allowHttp} / {@code allowPrivateTargets} say otherwise (demo, tests).
 */
@ConfigurationProperties("orderflow.webhooks")
record WebhookProperties(boolean allowHttp, boolean allowPrivateTargets, Duration firstRetry, Duration maxRetry,
		Duration retryFor, Duration connectTimeout, Duration requestTimeout, int concurrency) {

	/** The wait after the {@code attempts}-th failed attempt, before jitter. */
	Duration backoffAfter(int attempts) {
		Duration wait = firstRetry.multipliedBy(1L << Math.min(attempts - 1, 30));
		return wait.compareTo(maxRetry) > 0 ? maxRetry : wait;
	}

}
