package io.orderflow.web;

import java.io.IOException;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers 503 instead of a 500 when the database is out of reach outside a controller:
 * while authenticating (a user or API key is looked up), checking an
 * {@code Idempotency-Key}, or in a step the controller advice does not see; and 409
 * instead of a 500 for a race lost there ({@link ConcurrentChange}). Runs before Spring
 * Security, so it wraps all of them.
 */
@Component
@Order(-200)
class DatabaseOutageFilter extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger(DatabaseOutageFilter.class);

	private final ObjectMapper json;

	DatabaseOutageFilter(ObjectMapper json) {
		this.json = json;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			chain.doFilter(request, response);
		}
		catch (RuntimeException | ServletException e) {
			if (ConcurrentChange.causedBy(e) && !response.isCommitted()) {
				// Lost a race outside the controller (at the commit of an
				// Idempotency-Key's transaction): the database is up.
				log.info("{} {} answered 409, lost a race with another transaction: {}", request.getMethod(),
						request.getRequestURI(), e.toString());
				response.resetBuffer();
				response.setStatus(HttpServletResponse.SC_CONFLICT);
				response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
				json.writeValue(response.getOutputStream(), ConcurrentChange.problem());
				return;
			}
			if (!DatabaseOutage.causedBy(e) || response.isCommitted()) {
				throw e;
			}
			log.warn("{} {} answered 503, database out of reach: {}", request.getMethod(), request.getRequestURI(),
					e.toString());
			response.resetBuffer();
			response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
			response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(DatabaseOutage.RETRY_AFTER.toSeconds()));
			response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			json.writeValue(response.getOutputStream(), DatabaseOutage.problem());
		}
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !request.getRequestURI().startsWith(request.getContextPath() + "/api/");
	}

}
