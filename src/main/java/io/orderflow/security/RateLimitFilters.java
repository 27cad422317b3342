package io.orderflow.security;

import java.io.IOException;
import java.util.List;

import io.orderflow.web.PublicEndpoint;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The limits in front of authentication. Not beans: Spring Boot would register a bean
 * filter for every request, outside the security chains.
 */
final class RateLimitFilters {

	private RateLimitFilters() {
	}

	/**
	 * Credentials from an address or for an account that failed too often are answered
	 * 429 before they are looked at, unless {@link FailedAuthentications} knows them;
	 * credentials that authenticated become known.
	 */
	static OncePerRequestFilter failedAuthentications(FailedAuthentications failures, SecurityProblems problems) {
		return new OncePerRequestFilter() {
			@Override
			protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
					throws ServletException, IOException {
				if (!FailedAuthentications.presentsCredentials(request)) {
					chain.doFilter(request, response);
					return;
				}
				if (failures.blocked(request)) {
					problems.tooManyRequests(response, failures.retryAfter(request),
							"Too many failed authentications from your address or for this account; credentials are not checked until the retry time.");
					return;
				}
				chain.doFilter(request, response);
				// Still the request's: a filter around this one clears it.
				Authentication authenticated = SecurityContextHolder.getContext().getAuthentication();
				if (authenticated != null && authenticated.isAuthenticated()
						&& !(authenticated instanceof AnonymousAuthenticationToken)) {
					failures.succeeded(request);
				}
			}
		};
	}

	/** Requests to the open endpoints over their address's limit are answered 429. */
	static OncePerRequestFilter tracking(TrackingRateLimit limit, SecurityProblems problems,
			List<PublicEndpoint> openEndpoints) {
		List<RequestMatcher> open = openEndpoints.stream()
			.<RequestMatcher>map(
					endpoint -> PathPatternRequestMatcher.withDefaults().matcher(endpoint.method(), endpoint.pattern()))
			.toList();
		return new OncePerRequestFilter() {
			@Override
			protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
					throws ServletException, IOException {
				if (open.stream().anyMatch(matcher -> matcher.matches(request)) && !limit.allows(request)) {
					problems.tooManyRequests(response, limit.retryAfter(request),
							"Too many tracking requests from your address.");
					return;
				}
				chain.doFilter(request, response);
			}
		};
	}

}
