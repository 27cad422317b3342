package io.orderflow.workflow;

/**
 * A staff member's input on a task form is refused: the completion is rolled back, the
 * task stays open, and the message (naming the field and what it takes) is what the
 * person sees. The engine's REST API answers it with 400, not 500
 * ({@link RefusedInputMapper}).
 */
public class RefusedInputException extends IllegalArgumentException {

	public RefusedInputException(String message) {
		super(message);
	}

}
