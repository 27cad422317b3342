package io.orderflow.workflow;

import org.camunda.bpm.engine.delegate.DelegateTask;

/**
 * A person's yes or no on a review form ({@code approved}, optional {@code reviewNote}),
 * as the timeline tells it.
 */
public final class ReviewDecision {

	private ReviewDecision() {
	}

	/**
	 * "Approved by frank: called the customer". Fails the completion when the form left
	 * the decision open.
	 */
	public static String summary(DelegateTask task, String anonymousReviewer) {
		if (!(task.getVariable(ProcessVariables.APPROVED) instanceof Boolean approved)) {
			throw new IllegalArgumentException(
					"The review needs a decision: set '" + ProcessVariables.APPROVED + "' to true or false");
		}
		Object note = task.getVariable("reviewNote");
		String reviewer = TaskActor.of(task) == null ? anonymousReviewer : TaskActor.of(task);
		return (approved ? "Approved" : "Rejected") + " by " + reviewer
				+ (note == null || note.toString().isBlank() ? "" : ": " + note);
	}

}
