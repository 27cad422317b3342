package io.orderflow.order;

import java.time.Duration;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The links a customer follows without an account ({@code orderflow.public-links}): the
 * key that signs them (HMAC-SHA256), how long a link opens the order after it was made,
 * and each carrier's own tracking page, with {@code {trackingNumber}} filled in.
 */
@ConfigurationProperties("orderflow.public-links")
record PublicLinkProperties(String signingKey, @DefaultValue("P90D") Duration validFor,
		@DefaultValue Map<String, String> carrierTracking) {

}
