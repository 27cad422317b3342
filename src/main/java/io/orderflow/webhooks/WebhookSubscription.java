package io.orderflow.webhooks;

import java.time.OffsetDateTime;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.orderflow.order.OrderEventType;

/**
 * A partner system's subscription. {@code secret} is shown once, in the answer to its
 * registration; listings leave it out.
 */
public record WebhookSubscription(String id, String targetUrl, List<OrderEventType> eventTypes,
		@JsonInclude(JsonInclude.Include.NON_NULL) String secret, OffsetDateTime createdAt) {

	WebhookSubscription withoutSecret() {
		return new WebhookSubscription(id, targetUrl, eventTypes, null, createdAt);
	}

}
