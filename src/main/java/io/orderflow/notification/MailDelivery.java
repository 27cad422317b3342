package io.orderflow.notification;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How customer mails are retried ({@code orderflow.notifications}): the first retry after
 * {@code firstRetry}, each further one after twice the wait before, at most
 * {@code maxAttempts} attempts; then the message is FAILED.
 */
@ConfigurationProperties("orderflow.notifications")
record MailDelivery(int maxAttempts, Duration firstRetry) {

	/** The wait after the {@code attempts}-th failed attempt. */
	Duration backoffAfter(int attempts) {
		return firstRetry.multipliedBy(1L << Math.min(attempts - 1, 20));
	}

}
