package io.orderflow.notification;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How customer mails are sent and retried ({@code orderflow.notifications}). The SMTP
 * server gets {@code connectTimeout} to accept a connection and {@code readTimeout} /
 * {@code writeTimeout} for each answer and each write; a sender claims a message for
 * {@code claimFor} (longer than a send can take), after which another may send it again.
 * The first retry comes after {@code firstRetry}, each further one after twice the wait
 * before, at most {@code maxAttempts} attempts; then the message is FAILED.
 */
@ConfigurationProperties("orderflow.notifications")
record MailDelivery(int maxAttempts, Duration firstRetry, @DefaultValue("PT10S") Duration connectTimeout,
		@DefaultValue("PT30S") Duration readTimeout, @DefaultValue("PT30S") Duration writeTimeout,
		@DefaultValue("PT5M") Duration claimFor) {

	/** The wait after the {@code attempts}-th failed attempt. */
	Duration backoffAfter(int attempts) {
		return firstRetry.multipliedBy(1L << Math.min(attempts - 1, 20));
	}

}
