package io.orderflow.security;

import java.io.IOException;
import java.time.Duration;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;

/**
 * Answers an unauthenticated call with 401 and the challenges it may answer (Basic, or a
 * bearer API key or token), a refused one with 403 naming the scope it lacks
 * ({@code missingScope}, from {@link ApiScopeRules}), and an address over its limit with
 * 429 and {@code Retry-After}; all as problems. Credentials that did not authenticate
 * count against their address ({@link FailedAuthentications}).
 */
@Component
class SecurityProblems implements AuthenticationEntryPoint, AccessDeniedHandler {

	private final ObjectMapper json;

	private final FailedAuthentications failures;

	SecurityProblems(ObjectMapper json, FailedAuthentications failures) {
		this.json = json;
		this.failures = failures;
	}

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
			throws IOException {
		if (FailedAuthentications.presentsCredentials(request)) {
			failures.failed(request);
		}
		response.addHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"Orderflow\"");
		response.addHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"Orderflow\"");
		write(response, HttpStatus.UNAUTHORIZED, "Unauthorized",
				"Authenticate with an API key or OAuth2 access token (Bearer), or with HTTP Basic as an Orderflow user.");
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
			throws IOException {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN,
				"Your account may not use this resource.");
		problem.setTitle("Forbidden");
		ApiScopeRules.requiredScope(request).ifPresent(scope -> {
			problem.setDetail("This needs the permission '" + scope.value() + "', which your account does not have.");
			problem.setProperty("missingScope", scope.value());
		});
		write(response, problem);
	}

	void tooManyRequests(HttpServletResponse response, Duration retryAfter, String detail) throws IOException {
		response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(retryAfter.toSeconds()));
		write(response, HttpStatus.TOO_MANY_REQUESTS, "Too many requests", detail);
	}

	private void write(HttpServletResponse response, HttpStatus status, String title, String detail)
			throws IOException {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(title);
		write(response, problem);
	}

	private void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
		response.setStatus(problem.getStatus());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		json.writeValue(response.getOutputStream(), problem);
	}

}
