package io.orderflow.web;

import org.springframework.http.HttpMethod;
import org.springframework.util.AntPathMatcher;

/**
 * An endpoint that callers reach without an API account, declared as a bean by the module
 * whose controller serves it: the security rules let it through, and the API document
 * describes it so. A signed webhook proves its sender by an HMAC signature
 * ({@link #SIGNATURE_HEADER} over {@link #TIMESTAMP_HEADER} and the body, with a secret
 * the partner shares); an open endpoint is limited per source address instead.
 */
public record PublicEndpoint(Access access, HttpMethod method, String pattern) {

	public static final String SIGNATURE_HEADER = "X-Orderflow-Signature";

	public static final String TIMESTAMP_HEADER = "X-Orderflow-Timestamp";

	private static final AntPathMatcher PATHS = new AntPathMatcher();

	public enum Access {

		SIGNED_WEBHOOK, OPEN

	}

	/** A partner's signed POST to {@code pattern}. */
	public static PublicEndpoint signedWebhook(String pattern) {
		return new PublicEndpoint(Access.SIGNED_WEBHOOK, HttpMethod.POST, pattern);
	}

	/** A GET of {@code pattern} that anyone may send. */
	public static PublicEndpoint open(String pattern) {
		return new PublicEndpoint(Access.OPEN, HttpMethod.GET, pattern);
	}

	/** Whether this is the endpoint of a documented path such as {@code /api/x/{id}}. */
	boolean matches(String method, String path) {
		return this.method.name().equalsIgnoreCase(method) && PATHS.match(pattern, path);
	}

}
