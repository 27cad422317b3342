package io.orderflow.security;

import java.time.Duration;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Component;

/**
 * Requests to the open endpoints ({@code PublicEndpoint.open}: the tracking page) per
 * source address: they need no account, so this is what stops anyone from trying order
 * numbers and e-mail addresses in bulk.
 */
@Component
class TrackingRateLimit {

	private final AddressRateLimit limit;

	TrackingRateLimit(SecurityProperties properties) {
		SecurityProperties.RateLimits limits = properties.rateLimits();
		this.limit = new AddressRateLimit(limits.tracking().limit(), limits.tracking().period(), limits.maxAddresses());
	}

	boolean allows(HttpServletRequest request) {
		return limit.tryTake(request.getRemoteAddr());
	}

	Duration retryAfter(HttpServletRequest request) {
		return limit.retryAfter(request.getRemoteAddr());
	}

}
