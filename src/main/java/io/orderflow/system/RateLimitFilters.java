package io.orderflow.system;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpMethod;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The two per-address limits in front of authentication. Not beans: Spring Boot would
 * register a bean filter for every request, outside the security chains.
 */
final class RateLimitFilters {

	private RateLimitFilters() {
	}

	/**
	 * An address that failed too often is answered 429 before its credentials are looked
	 * at.
	 */
	static OncePerRequestFilter failedAuthentications(FailedAuthentications failures, SecurityProblems problems) {
		return new OncePerRequestFilter() {
			@Override
			protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
					throws ServletException, IOException {
				if (FailedAuthentications.presentsCredentials(request) && failures.blocked(request)) {
					problems.tooManyRequests(response, failures.retryAfter(request),
							"Too many failed authentications from your address; credentials are not checked until the retry time.");
					return;
				}
				chain.doFilter(request, response);
			}
		};
	}

	static OncePerRequestFilter tracking(TrackingRateLimit limit, SecurityProblems problems) {
		RequestMatcher tracking = PathPatternRequestMatcher.withDefaults()
			.matcher(HttpMethod.GET, SecurityConfiguration.TRACKING);
		return new OncePerRequestFilter() {
			@Override
			protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
					throws ServletException, IOException {
				if (tracking.matches(request) && !limit.allows(request)) {
					problems.tooManyRequests(response, limit.retryAfter(request),
							"Too many tracking requests from your address.");
					return;
				}
				chain.doFilter(request, response);
			}
		};
	}

}
