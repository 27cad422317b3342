package io.orderflow.webhooks;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;

import io.orderflow.webhooks.WebhookDeliveryRepository.Backlog;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.stereotype.Component;

/**
 * The {@code webhooks} part of {@code /actuator/health}, read from the database only:
 * deliveries waiting ({@code pending}), given up ({@code failed}) and how long the oldest
 * has waited. A receiver that is down is no reason to take the node out of service, so it
 * stays UP; the details tell whether webhooks flow.
 */
@Component("webhooksHealthIndicator")
class WebhookHealth extends AbstractHealthIndicator {

	private final WebhookDeliveryRepository deliveries;

	private final Clock clock;

	WebhookHealth(WebhookDeliveryRepository deliveries, Clock clock) {
		super("Webhook backlog unreadable");
		this.deliveries = deliveries;
		this.clock = clock;
	}

	@Override
	protected void doHealthCheck(Health.Builder builder) {
		Backlog backlog = deliveries.backlog();
		builder.up().withDetail("pending", backlog.pending()).withDetail("failed", backlog.failed());
		if (backlog.oldestPending() != null) {
			builder.withDetail("oldestPendingAge",
					Duration.between(backlog.oldestPending(), OffsetDateTime.now(clock)).withNanos(0).toString());
		}
	}

}
