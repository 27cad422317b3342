package io.orderflow.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;

/**
 * Which refusals are for now only, so that {@link IdempotentRequests} releases the key
 * instead of keeping the answer: every 5xx, 429, and the 409s marked on the request when
 * they were answered (a {@link ConflictException#retryable() retryable} conflict, a
 * concurrent change).
 */
final class TransientRefusal {

	private static final String ATTRIBUTE = TransientRefusal.class.getName();

	private TransientRefusal() {
	}

	static void mark(HttpServletRequest request) {
		request.setAttribute(ATTRIBUTE, Boolean.TRUE);
	}

	static void clear(HttpServletRequest request) {
		request.removeAttribute(ATTRIBUTE);
	}

	static boolean answered(HttpServletRequest request, int status) {
		return status >= 500 || status == HttpStatus.TOO_MANY_REQUESTS.value()
				|| status == HttpStatus.CONFLICT.value() && Boolean.TRUE.equals(request.getAttribute(ATTRIBUTE));
	}

}
