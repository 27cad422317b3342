package io.orderflow.fraud.flow;

import io.orderflow.order.Orders;
import io.orderflow.order.TimelineEntryType;
import io.orderflow.workflow.ProcessVariables;
import io.orderflow.workflow.ReviewDecision;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Puts the analyst's verdict and note on the order's timeline when the review task
 * completes.
 */
@Component("recordReviewOutcome")
class RecordReviewOutcomeListener implements TaskListener {

	private final Orders orders;

	RecordReviewOutcomeListener(Orders orders) {
		this.orders = orders;
	}

	@Override
	public void notify(DelegateTask task) {
		orders.record(ProcessVariables.orderNumber(task), TimelineEntryType.FRAUD_REVIEW,
				ReviewDecision.summary(task, "a fraud analyst"));
	}

}
