package io.orderflow.web;

import java.sql.SQLException;

import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.CannotSerializeTransactionException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * Tells a failure caused by another transaction (a deadlock, a serialization failure, a
 * lock not granted in time) from the database being out of reach: the database is up, the
 * request lost a race. A deadlock or serialization failure is run again once by
 * {@link ConcurrentChangeRetry}; if it loses again, or waited too long for a lock, it is
 * answered 409 and the client may retry, never 503.
 */
final class ConcurrentChange {

	/** PostgreSQL's and H2's (and the SQL standard's) serialization failure. */
	private static final String SERIALIZATION_FAILURE = "40001";

	/** PostgreSQL's deadlock detected. */
	private static final String DEADLOCK = "40P01";

	static final String DETAIL = "The order changed concurrently while this request was handled; nothing was done. Try again.";

	private ConcurrentChange() {
	}

	/** A deadlock or serialization failure: running the request again may succeed. */
	static boolean worthRunningAgain(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = next(cause)) {
			if (cause instanceof SQLException sql && lostRace(sql)) {
				return true;
			}
			if (cause instanceof CannotSerializeTransactionException
					|| cause instanceof PessimisticLockingFailureException
							&& !(cause instanceof CannotAcquireLockException)) {
				return true;
			}
		}
		return false;
	}

	/** Any failure caused by another transaction's locks. */
	static boolean causedBy(Throwable failure) {
		if (worthRunningAgain(failure)) {
			return true;
		}
		for (Throwable cause = failure; cause != null; cause = next(cause)) {
			if (cause instanceof PessimisticLockingFailureException) {
				return true;
			}
		}
		return false;
	}

	private static boolean lostRace(SQLException sql) {
		for (SQLException each = sql; each != null; each = each.getNextException()) {
			if (SERIALIZATION_FAILURE.equals(each.getSQLState()) || DEADLOCK.equals(each.getSQLState())) {
				return true;
			}
		}
		return false;
	}

	private static Throwable next(Throwable cause) {
		return cause.getCause() == cause ? null : cause.getCause();
	}

	static ProblemDetail problem() {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, DETAIL);
		problem.setTitle("Conflict");
		problem.setProperty("retryable", true);
		return problem;
	}

}
