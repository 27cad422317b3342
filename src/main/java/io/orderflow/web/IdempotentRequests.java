package io.orderflow.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.orderflow.web.IdempotencyRecords.Kept;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.server.PathContainer;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ContentCachingResponseWrapper;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * {@code Idempotency-Key} on the API's creating POSTs: the same key with the same body
 * returns the first response (also to a copy sent at the same moment, which waits for
 * it); the same key with another body is 422. Keys are per caller and endpoint and kept
 * for {@code orderflow.api.idempotency-retention}. A refusal for now is not kept
 * ({@link TransientRefusal}: 5xx, 429, a 409 that says try again), so the client's retry
 * with the same key runs again. Which endpoints take a key, their controllers say with
 * {@link Idempotent}.
 */
@Component
@Order(1)
@EnableConfigurationProperties(ApiProperties.class)
class IdempotentRequests extends OncePerRequestFilter {

	static final String HEADER = "Idempotency-Key";

	private static final Duration WAIT_FOR_FIRST = Duration.ofSeconds(30);

	private final IdempotencyRecords records;

	private final ObjectMapper json;

	private final Clock clock;

	private final Duration retention;

	private final TransactionTemplate transaction;

	private final ObjectProvider<RequestMappingHandlerMapping> handlers;

	/**
	 * The paths of the {@link Idempotent} handler methods, found on the first request.
	 */
	private volatile List<PathPattern> endpoints;

	IdempotentRequests(IdempotencyRecords records, ObjectMapper json, Clock clock, ApiProperties properties,
			PlatformTransactionManager transactions,
			@Qualifier("requestMappingHandlerMapping") ObjectProvider<RequestMappingHandlerMapping> handlers) {
		this.transaction = new TransactionTemplate(transactions);
		this.handlers = handlers;
		this.records = records;
		this.json = json;
		this.clock = clock;
		this.retention = properties.idempotencyRetention();
	}

	/** Whether a POST to the path honours an {@code Idempotency-Key}. */
	boolean accepts(String path) {
		PathContainer requested = PathContainer.parsePath(path);
		return endpoints().stream().anyMatch(endpoint -> endpoint.matches(requested));
	}

	private List<PathPattern> endpoints() {
		List<PathPattern> found = endpoints;
		if (found == null) {
			found = handlers.getObject()
				.getHandlerMethods()
				.entrySet()
				.stream()
				.filter(handler -> handler.getValue().hasMethodAnnotation(Idempotent.class))
				.flatMap(handler -> handler.getKey().getPatternValues().stream())
				.map(PathPatternParser.defaultInstance::parse)
				.toList();
			endpoints = found;
		}
		return found;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !"POST".equals(request.getMethod()) || request.getHeader(HEADER) == null
				|| !accepts(request.getRequestURI());
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String key = request.getHeader(HEADER);
		if (key.isBlank() || key.length() > 255) {
			problem(response, HttpStatus.BAD_REQUEST, HEADER + " must be 1 to 255 characters");
			return;
		}
		byte[] body = request.getInputStream().readAllBytes();
		String scope = (request.getUserPrincipal() == null ? "-" : request.getUserPrincipal().getName()) + " POST "
				+ request.getRequestURI();
		String hash = sha256(body);
		if (!claim(scope, key, hash) && answerFromRecord(scope, key, hash, response)) {
			return;
		}
		ContentCachingResponseWrapper recorded = new ContentCachingResponseWrapper(response);
		AtomicBoolean answered = new AtomicBoolean();
		try {
			// The work and the record of its answer commit together: a node that dies
			// or a connection that breaks before the commit leaves neither, and the
			// retry runs the work again; after the commit it gets the recorded answer.
			transaction.executeWithoutResult(status -> {
				passOn(chain, new BodySizeLimit.CachedBody(request, body), recorded);
				answered.set(true);
				if (recorded.getStatus() < 400) {
					keep(scope, key, recorded);
				}
				else {
					status.setRollbackOnly();
				}
			});
		}
		catch (RuntimeException failed) {
			if (!answered.get() || ConcurrentChange.causedBy(failed)) {
				// Rolled back before any commit, or the commit lost a race and rolled
				// back: the retry may run at once.
				persistently(() -> records.release(scope, key));
			}
			// Otherwise the commit's outcome is unknown: the claim stays, and a retry
			// waits for it and takes it over only if no answer was recorded.
			throw unwrapped(failed);
		}
		if (TransientRefusal.answered(request, recorded.getStatus())) {
			// A refusal for now (409 try again, 429, 5xx): the retry runs again.
			persistently(() -> records.release(scope, key));
		}
		else if (recorded.getStatus() >= 400) {
			// Nothing of the work was kept; a final refusal answers the retry too.
			persistently(() -> keep(scope, key, recorded));
		}
		recorded.copyBodyToResponse();
	}

	private static void passOn(FilterChain chain, HttpServletRequest request, HttpServletResponse response) {
		try {
			chain.doFilter(request, response);
		}
		catch (IOException | ServletException e) {
			throw new PassedOnException(e);
		}
	}

	private static RuntimeException unwrapped(RuntimeException failed) throws IOException, ServletException {
		if (failed instanceof PassedOnException passed) {
			if (passed.getCause() instanceof IOException io) {
				throw io;
			}
			throw (ServletException) passed.getCause();
		}
		return failed;
	}

	/** Carries the chain's checked exceptions through the transaction callback. */
	private static final class PassedOnException extends RuntimeException {

		PassedOnException(Exception cause) {
			super(cause);
		}

	}

	/**
	 * The request's work is committed (or failed) already; a broken connection must not
	 * leave its key claimed, so the record is written on a fresh connection a few times
	 * before giving up.
	 */
	private static void persistently(Runnable write) {
		for (int attempt = 1;; attempt++) {
			try {
				write.run();
				return;
			}
			catch (RuntimeException e) {
				if (attempt == 3 || !DatabaseOutage.causedBy(e)) {
					throw e;
				}
				sleep(500);
			}
		}
	}

	/** Claims the key for this request; false when another request holds it already. */
	private boolean claim(String scope, String key, String hash) {
		OffsetDateTime now = OffsetDateTime.now(clock);
		records.forgetOlderThan(now.minus(retention));
		return records.claim(scope, key, hash, now);
	}

	private void keep(String scope, String key, ContentCachingResponseWrapper response) {
		records.keep(scope, key, response.getStatus(), response.getContentType(),
				response.getHeader(HttpHeaders.LOCATION),
				new String(response.getContentAsByteArray(), StandardCharsets.UTF_8));
	}

	/**
	 * Answers from the first request's record, waiting for it if it still runs; false
	 * when the first request was abandoned and this one took its claim over.
	 */
	private boolean answerFromRecord(String scope, String key, String hash, HttpServletResponse response)
			throws IOException {
		long deadline = System.nanoTime() + WAIT_FOR_FIRST.toNanos();
		while (System.nanoTime() < deadline) {
			Optional<Kept> kept = records.find(scope, key);
			if (kept.isEmpty()) {
				problem(response, HttpStatus.CONFLICT,
						"The first request with this " + HEADER + " failed; send it again");
				return true;
			}
			if (!kept.get().requestHash().equals(hash)) {
				problem(response, HttpStatus.UNPROCESSABLE_ENTITY,
						HEADER + " " + key + " was used for a different request");
				return true;
			}
			if (kept.get().responseStatus() != null) {
				replay(kept.get(), response);
				return true;
			}
			sleep(50);
		}
		OffsetDateTime now = OffsetDateTime.now(clock);
		if (records.takeOver(scope, key, hash, now.minus(WAIT_FOR_FIRST), now)) {
			return false;
		}
		problem(response, HttpStatus.CONFLICT, "The first request with this " + HEADER + " is still running");
		return true;
	}

	private static void replay(Kept kept, HttpServletResponse response) throws IOException {
		response.setStatus(kept.responseStatus());
		if (kept.contentType() != null) {
			response.setContentType(kept.contentType());
		}
		if (kept.location() != null) {
			response.setHeader(HttpHeaders.LOCATION, kept.location());
		}
		response.setHeader("Idempotent-Replayed", "true");
		response.getOutputStream()
			.write(kept.responseBody() == null ? new byte[0] : kept.responseBody().getBytes(StandardCharsets.UTF_8));
	}

	private void problem(HttpServletResponse response, HttpStatus status, String detail) throws IOException {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(status.getReasonPhrase());
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		json.writeValue(response.getOutputStream(), problem);
	}

	private static String sha256(byte[] body) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

}
