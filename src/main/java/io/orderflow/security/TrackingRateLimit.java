package io.orderflow.security;

import java.time.Duration;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Requests to the open endpoints ({@code PublicEndpoint.open}: the tracking page) per
 * source address: they need no account, so this is what stops anyone from trying order
 * numbers and e-mail addresses in bulk.
 */
@Component
class TrackingRateLimit {

	private final AddressRateLimit limit;

	TrackingRateLimit(@Value("${orderflow.security.rate-limits.tracking.limit:30}") int limit,
			@Value("${orderflow.security.rate-limits.tracking.period:PT1M}") Duration period,
			@Value("${orderflow.security.rate-limits.max-addresses:100000}") long maxAddresses) {
		this.limit = new AddressRateLimit(limit, period, maxAddresses);
	}

	boolean allows(HttpServletRequest request) {
		return limit.tryTake(request.getRemoteAddr());
	}

	Duration retryAfter(HttpServletRequest request) {
		return limit.retryAfter(request.getRemoteAddr());
	}

}
