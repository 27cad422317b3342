package io.orderflow.fraud;

import io.orderflow.order.Orders;
import io.orderflow.workflow.ProcessVariables;
import io.orderflow.workflow.TaskActor;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Puts the analyst's verdict and note on the order's timeline when the review task completes. */
@Component("recordReviewOutcome")
class RecordReviewOutcomeListener implements TaskListener {

	private final Orders orders;

	RecordReviewOutcomeListener(Orders orders) {
		this.orders = orders;
	}

	@Override
	public void notify(DelegateTask task) {
		if (!(task.getVariable(ProcessVariables.APPROVED) instanceof Boolean approved)) {
			throw new IllegalArgumentException("The review needs a decision: set '" + ProcessVariables.APPROVED
					+ "' to true or false");
		}
		Object note = task.getVariable("reviewNote");
		String reviewer = TaskActor.of(task) == null ? "a fraud analyst" : TaskActor.of(task);
		orders.record(ProcessVariables.orderNumber(task), "FRAUD_REVIEW", (approved ? "Approved" : "Rejected") + " by "
				+ reviewer + (note == null || note.toString().isBlank() ? "" : ": " + note));
	}

}
