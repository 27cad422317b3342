package io.orderflow.web;

import java.sql.SQLException;
import java.util.List;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.servlet.http.HttpServletRequest;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.transaction.TransactionException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every API error is {@code application/problem+json}. Input errors name the offending
 * fields in {@code errors}, so a client can show them next to its form fields.
 */
@RestControllerAdvice
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

	record FieldProblem(String field, String message) {
	}

	@ExceptionHandler(InvalidRequestException.class)
	ProblemDetail invalid(InvalidRequestException e) {
		return badRequest(List.of(new FieldProblem(e.field(), e.getMessage())));
	}

	@ExceptionHandler(NotFoundException.class)
	ProblemDetail notFound(NotFoundException e) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
		problem.setTitle("Not found");
		return problem;
	}

	/**
	 * {@code retryable} tells the client whether the same request may succeed later; a
	 * retryable refusal is not kept under its {@code Idempotency-Key}.
	 */
	@ExceptionHandler(ConflictException.class)
	ProblemDetail conflict(ConflictException e, HttpServletRequest request) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
		problem.setTitle("Conflict");
		problem.setProperty("retryable", e.retryable());
		if (e.retryable()) {
			TransientRefusal.mark(request);
		}
		return problem;
	}

	/**
	 * Two requests or a request and a process step changed the same order at once; the
	 * loser may simply retry.
	 */
	@ExceptionHandler(OptimisticLockingException.class)
	ProblemDetail concurrentChange(OptimisticLockingException e, HttpServletRequest request) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
				"The order changed while this request was handled; nothing was done. Try again.");
		problem.setTitle("Conflict");
		problem.setProperty("retryable", true);
		TransientRefusal.mark(request);
		return problem;
	}

	/**
	 * A deadlock or lock timeout: the database is up, another transaction won. A deadlock
	 * is run again once ({@link ConcurrentChangeRetry}) before the client sees 409. The
	 * database out of reach (restarted, connections cut): 503 with {@code Retry-After},
	 * and the request may be sent again. Any other failure of these kinds is not the
	 * client's to retry and stays what it was.
	 */
	@ExceptionHandler({ DataAccessException.class, TransactionException.class, ProcessEngineException.class,
			SQLException.class })
	ResponseEntity<ProblemDetail> databaseOutage(Exception e, HttpServletRequest request) throws Exception {
		if (ConcurrentChange.causedBy(e)) {
			log.info("Answered 409, lost a race with another transaction: {}", e.toString());
			TransientRefusal.mark(request);
			return ResponseEntity.status(HttpStatus.CONFLICT).body(ConcurrentChange.problem());
		}
		if (!DatabaseOutage.causedBy(e)) {
			throw e;
		}
		log.warn("Answered 503, database out of reach: {}", e.toString());
		return DatabaseOutage.response();
	}

	@ExceptionHandler(UnauthenticatedException.class)
	ProblemDetail unauthenticated(UnauthenticatedException e) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED, e.getMessage());
		problem.setTitle("Unauthorized");
		return problem;
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<FieldProblem> problems = e.getBindingResult()
			.getFieldErrors()
			.stream()
			.map(error -> new FieldProblem(error.getField(), message(error)))
			.sorted((a, b) -> a.field().compareTo(b.field()))
			.toList();
		return ResponseEntity.badRequest().body(badRequest(problems));
	}

	@Override
	protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException e,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<FieldProblem> problems = e.getParameterValidationResults()
			.stream()
			.flatMap(result -> result.getResolvableErrors()
				.stream()
				.map(error -> new FieldProblem(result.getMethodParameter().getParameterName(),
						error.getDefaultMessage())))
			.toList();
		return ResponseEntity.badRequest().body(badRequest(problems));
	}

	@Override
	protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException e, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		String field = e instanceof MethodArgumentTypeMismatchException mismatch ? mismatch.getName()
				: e.getPropertyName();
		return ResponseEntity.badRequest()
			.body(badRequest(List.of(new FieldProblem(field, "has an invalid value '" + e.getValue() + "'"))));
	}

	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		FieldProblem problem;
		if (e.getCause() instanceof UnrecognizedPropertyException unknown) {
			problem = new FieldProblem(JsonPaths.of(unknown), "is not a known field");
		}
		else if (e.getCause() instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
			problem = new FieldProblem(JsonPaths.of(mapping), "has an invalid value: " + mapping.getOriginalMessage());
		}
		else if (e.getCause() instanceof JsonProcessingException parsing) {
			problem = new FieldProblem("body", "is not valid JSON: " + parsing.getOriginalMessage());
		}
		else {
			problem = new FieldProblem("body", "is missing or unreadable");
		}
		return ResponseEntity.badRequest().body(badRequest(List.of(problem)));
	}

	private static ProblemDetail badRequest(List<FieldProblem> problems) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				problems.stream().map(p -> p.field() + ": " + p.message()).collect(Collectors.joining("; ")));
		problem.setTitle("Invalid request");
		problem.setProperty("errors", problems);
		return problem;
	}

	private static String message(FieldError error) {
		return error.getDefaultMessage() == null ? "is invalid" : error.getDefaultMessage();
	}

}
