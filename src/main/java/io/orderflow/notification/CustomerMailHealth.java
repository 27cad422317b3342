package io.orderflow.notification;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;

import io.orderflow.notification.CustomerMessageRepository.Backlog;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.stereotype.Component;

/**
 * The {@code mail} part of {@code /actuator/health}, in place of Spring Boot's, which
 * opens a connection to the SMTP server on the request's thread and so hangs with a
 * server that hangs. This one reads the backlog from the database: mails waiting
 * ({@code pending}), given up ({@code failed}) and how long the oldest has waited. A slow
 * or dead mail server is no reason to take the node out of service, so it stays UP; the
 * details tell whether mail flows.
 */
@Component("mailHealthIndicator")
class CustomerMailHealth extends AbstractHealthIndicator {

	private final CustomerMessageRepository messages;

	private final Clock clock;

	CustomerMailHealth(CustomerMessageRepository messages, Clock clock) {
		super("Customer mail backlog unreadable");
		this.messages = messages;
		this.clock = clock;
	}

	@Override
	protected void doHealthCheck(Health.Builder builder) {
		Backlog backlog = messages.backlog();
		builder.up().withDetail("pending", backlog.pending()).withDetail("failed", backlog.failed());
		if (backlog.oldestPending() != null) {
			builder.withDetail("oldestPendingAge",
					Duration.between(backlog.oldestPending(), OffsetDateTime.now(clock)).withNanos(0).toString());
		}
	}

}
