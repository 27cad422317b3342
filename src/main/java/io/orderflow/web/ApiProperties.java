package io.orderflow.web;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * {@code orderflow.api}: the largest request body {@code /api} reads
 * ({@link BodySizeLimit}), and how long the first answer to an {@code Idempotency-Key} is
 * kept ({@link IdempotentRequests}).
 */
@ConfigurationProperties("orderflow.api")
record ApiProperties(DataSize maxBodySize, Duration idempotencyRetention) {
}
