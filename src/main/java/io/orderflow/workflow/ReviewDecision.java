package io.orderflow.workflow;

import java.util.Optional;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * A person's verdict on a review form ({@code reviewDecision}, a {@code rejectionReason}
 * when rejecting, optional {@code reviewNote}), as the timeline tells it.
 */
public final class ReviewDecision {

	public static final int MAX_TEXT = 1000;

	private ReviewDecision() {
	}

	/**
	 * "Approved by frank: called the customer" or "Rejected by frank: &lt;reason&gt;".
	 * Refuses the completion (the task stays open, nothing is stored) when the form left
	 * the decision open, names an unknown one, or rejects without a reason.
	 */
	public static String summary(DelegateTask task, String anonymousReviewer) {
		ReviewVerdict verdict = verdict(task);
		String reviewer = TaskActor.of(task) == null ? anonymousReviewer : TaskActor.of(task);
		if (verdict == ReviewVerdict.REJECT) {
			return "Rejected by " + reviewer + ": " + rejectionReason(task);
		}
		String note = text(task, "reviewNote");
		return "Approved by " + reviewer + (note == null ? "" : ": " + note);
	}

	/** The reason a person gave for rejecting, if the review was rejected. */
	public static Optional<String> rejectionReason(VariableScope scope) {
		return Optional.ofNullable(text(scope, ProcessVariables.REJECTION_REASON));
	}

	private static ReviewVerdict verdict(DelegateTask task) {
		Object decision = task.getVariable(ProcessVariables.REVIEW_DECISION);
		try {
			return ReviewVerdict.valueOf(String.valueOf(decision));
		}
		catch (IllegalArgumentException e) {
			throw new RefusedInputException("Choose a decision: set '" + ProcessVariables.REVIEW_DECISION
					+ "' to APPROVE or REJECT" + (decision == null ? "" : ", not " + decision));
		}
	}

	private static String rejectionReason(DelegateTask task) {
		String reason = text(task, ProcessVariables.REJECTION_REASON);
		if (reason == null) {
			throw new RefusedInputException(
					"Rejecting needs a reason: set '" + ProcessVariables.REJECTION_REASON + "'");
		}
		return reason;
	}

	private static String text(VariableScope scope, String name) {
		Object value = scope.getVariable(name);
		if (value == null || value.toString().isBlank()) {
			return null;
		}
		String text = value.toString().strip();
		if (text.length() > MAX_TEXT) {
			throw new RefusedInputException("'" + name + "' may have at most " + MAX_TEXT + " characters");
		}
		return text;
	}

}
