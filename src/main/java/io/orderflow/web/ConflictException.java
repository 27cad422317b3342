package io.orderflow.web;

/**
 * The request is valid but does not fit the current state of what it addresses; answered
 * 409. {@link #retryable()} says whether the state may yet change so that the same
 * request succeeds (the process is not there yet, a concurrent change won): such a
 * refusal is not kept as an {@code Idempotency-Key}'s answer, so a retry runs again. A
 * final one (the order is cancelled, the return was rejected) is kept and replayed.
 */
public class ConflictException extends RuntimeException {

	private final boolean retryable;

	public ConflictException(String message) {
		this(message, false);
	}

	private ConflictException(String message, boolean retryable) {
		super(message);
		this.retryable = retryable;
	}

	/** A refusal for now: the same request may succeed a moment later. */
	public static ConflictException tryAgain(String message) {
		return new ConflictException(message, true);
	}

	public boolean retryable() {
		return retryable;
	}

}
