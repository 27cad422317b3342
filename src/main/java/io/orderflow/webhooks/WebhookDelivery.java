package io.orderflow.webhooks;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * One event for one subscription: PENDING while it is (re)tried, DELIVERED on a 2xx,
 * FAILED once the retry period is over; with every attempt's status code.
 */
public record WebhookDelivery(long id, String webhookId, String eventType, String orderNumber, DeliveryStatus status,
		int attempts, Integer lastStatusCode, OffsetDateTime createdAt, OffsetDateTime nextAttemptAt,
		OffsetDateTime deliveredAt, List<Attempt> attemptLog) {

	record Attempt(OffsetDateTime at, Integer statusCode, String error) {
	}

	enum DeliveryStatus {

		PENDING, DELIVERED, FAILED

	}

}
