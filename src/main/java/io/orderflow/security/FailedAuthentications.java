package io.orderflow.security;

import java.time.Duration;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;

/**
 * Counts credentials that did not authenticate, per source address. Once an address has
 * used up its allowance, its requests with credentials are refused before they are
 * checked, so guessing neither gets further nor touches any account. Behind a reverse
 * proxy, set {@code server.forward-headers-strategy} so the source address is the
 * client's, not the proxy's.
 */
@Component
class FailedAuthentications {

	private final AddressRateLimit limit;

	FailedAuthentications(SecurityProperties properties) {
		SecurityProperties.RateLimits limits = properties.rateLimits();
		this.limit = new AddressRateLimit(limits.failedAuthentications().limit(),
				limits.failedAuthentications().period(), limits.maxAddresses());
	}

	static boolean presentsCredentials(HttpServletRequest request) {
		return request.getHeader(HttpHeaders.AUTHORIZATION) != null;
	}

	void failed(HttpServletRequest request) {
		limit.tryTake(request.getRemoteAddr());
	}

	boolean blocked(HttpServletRequest request) {
		return limit.exhausted(request.getRemoteAddr());
	}

	Duration retryAfter(HttpServletRequest request) {
		return limit.retryAfter(request.getRemoteAddr());
	}

}
