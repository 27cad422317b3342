package io.orderflow.fraud.flow;

import io.orderflow.fraud.FraudTimelineKind;
import io.orderflow.order.CustomerReason;
import io.orderflow.order.Timeline;
import io.orderflow.workflow.ProcessVariables;
import io.orderflow.workflow.ReviewDecision;
import io.orderflow.workflow.ReviewVerdict;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Puts the analyst's verdict and note on the order's timeline when the review task
 * completes. A rejection also needs the code of what the customer is told
 * ({@code customerReason}); the analyst's reason stays on the timeline.
 */
@Component("recordReviewOutcome")
class RecordReviewOutcomeListener implements TaskListener {

	private final Timeline timeline;

	RecordReviewOutcomeListener(Timeline timeline) {
		this.timeline = timeline;
	}

	@Override
	public void notify(DelegateTask task) {
		String summary = ReviewDecision.summary(task, "a fraud analyst");
		if (ReviewVerdict.REJECT.name().equals(task.getVariable(ProcessVariables.REVIEW_DECISION))) {
			CustomerReason told = CustomerReason.chosen(task.getVariable(ProcessVariables.CUSTOMER_REASON),
					ProcessVariables.CUSTOMER_REASON);
			summary += " (customer told: " + told + ")";
		}
		timeline.record(ProcessVariables.orderNumber(task), FraudTimelineKind.FRAUD_REVIEW, summary);
	}

}
