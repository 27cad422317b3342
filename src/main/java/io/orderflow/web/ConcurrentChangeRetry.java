package io.orderflow.web;

import java.io.IOException;
import java.util.Set;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Runs an API request that lost a deadlock or a serialization failure once more, in a
 * fresh transaction: its first run was rolled back whole, and the transaction that won
 * has usually committed by then. If it loses again the client gets the 409 (retryable,
 * not kept under an {@code Idempotency-Key}). Sits after the body was read
 * ({@link BodySizeLimit}) and before {@link IdempotentRequests}, so the rerun claims the
 * key anew; the first run's answer is held back until it is known not to be rerun.
 */
@Component
@Order(1)
class ConcurrentChangeRetry extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger(ConcurrentChangeRetry.class);

	private static final String LOST_RACE = ConcurrentChangeRetry.class.getName() + ".lostRace";

	private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");

	private final ObjectMapper json;

	ConcurrentChangeRetry(ObjectMapper json) {
		this.json = json;
	}

	/** Called where the failure was answered; the request is then run once more. */
	static void lostRace(HttpServletRequest request, Throwable failure) {
		if (ConcurrentChange.worthRunningAgain(failure)) {
			request.setAttribute(LOST_RACE, Boolean.TRUE);
		}
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !request.getRequestURI().startsWith(request.getContextPath() + "/api/")
				|| READS.contains(request.getMethod());
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		ContentCachingResponseWrapper first = new ContentCachingResponseWrapper(response);
		try {
			chain.doFilter(request, first);
			if (!Boolean.TRUE.equals(request.getAttribute(LOST_RACE))) {
				first.copyBodyToResponse();
				return;
			}
		}
		catch (RuntimeException | ServletException failure) {
			if (!ConcurrentChange.worthRunningAgain(failure) || response.isCommitted()) {
				if (!answeredAsConflict(failure, response)) {
					throw failure;
				}
				return;
			}
		}
		log.info("{} {} lost a deadlock or serialization failure; running it once more", request.getMethod(),
				request.getRequestURI());
		request.removeAttribute(LOST_RACE);
		TransientRefusal.clear(request);
		response.reset();
		try {
			chain.doFilter(request, response);
		}
		catch (RuntimeException | ServletException failure) {
			if (!answeredAsConflict(failure, response)) {
				throw failure;
			}
		}
	}

	/**
	 * A failure the controller advice did not see (e.g. at the commit around the whole
	 * request): 409 if it was a lost race, otherwise it stays what it was.
	 */
	private boolean answeredAsConflict(Exception failure, HttpServletResponse response) throws IOException {
		if (!ConcurrentChange.causedBy(failure) || response.isCommitted()) {
			return false;
		}
		log.info("Answered 409, lost a race with another transaction: {}", failure.toString());
		response.reset();
		response.setStatus(HttpStatus.CONFLICT.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		json.writeValue(response.getOutputStream(), ConcurrentChange.problem());
		return true;
	}

}
