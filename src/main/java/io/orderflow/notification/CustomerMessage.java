package io.orderflow.notification;

import java.time.OffsetDateTime;

import com.fasterxml.jackson.annotation.JsonIgnore;

/** A mail to the customer about one event of the order, as the API lists it. */
public record CustomerMessage(@JsonIgnore long id, String eventType, String recipient, String subject, String textBody,
		String htmlBody, MessageStatus status, int attempts, OffsetDateTime createdAt, OffsetDateTime sentAt,
		OffsetDateTime nextAttemptAt, String lastError, @JsonIgnore String orderNumber) {

}
