package io.orderflow.web;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/**
 * Tells a failure caused by the database being out of reach (server restarted,
 * connections terminated, pool exhausted) from a fault of the request or of Orderflow:
 * the first is answered 503 with {@code Retry-After}, so a client retries (with the same
 * {@code Idempotency-Key}) instead of reporting a 500. Camunda and MyBatis wrap the
 * driver's exception in their own, so the whole cause chain is searched. A deadlock or
 * lock timeout is not an outage but a {@link ConcurrentChange}.
 */
final class DatabaseOutage {

	static final Duration RETRY_AFTER = Duration.ofSeconds(5);

	private DatabaseOutage() {
	}

	static boolean causedBy(Throwable failure) {
		if (ConcurrentChange.causedBy(failure)) {
			// The database answered: another transaction won a race.
			return false;
		}
		for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
			if (cause instanceof DataAccessResourceFailureException || cause instanceof CannotGetJdbcConnectionException
					|| cause instanceof TransientDataAccessException
					|| cause instanceof CannotCreateTransactionException
					|| cause instanceof SQLTransientConnectionException
					|| cause instanceof SQLNonTransientConnectionException || cause instanceof SQLRecoverableException
					|| cause instanceof SQLException sql && connectionLost(sql.getSQLState())) {
				return true;
			}
			// A rollback on a connection the server closed fails too; what it hides is
			// why the work failed.
			if (cause instanceof TransactionSystemException transaction
					&& (transaction.getCause() instanceof SQLException
							|| causedBy(transaction.getApplicationException()))) {
				return true;
			}
		}
		return false;
	}

	/**
	 * SQLState class 08 is a connection exception; 57P01 to 57P03 are PostgreSQL's "admin
	 * shutdown", "crash shutdown" and "cannot connect now".
	 */
	private static boolean connectionLost(String sqlState) {
		return sqlState != null && (sqlState.startsWith("08") || sqlState.startsWith("57P0"));
	}

	static ProblemDetail problem() {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
				"The database cannot be reached at the moment; nothing was done. Try again in a few seconds.");
		problem.setTitle("Service unavailable");
		return problem;
	}

	static ResponseEntity<ProblemDetail> response() {
		return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
			.header(HttpHeaders.RETRY_AFTER, Long.toString(RETRY_AFTER.toSeconds()))
			.body(problem());
	}

}
