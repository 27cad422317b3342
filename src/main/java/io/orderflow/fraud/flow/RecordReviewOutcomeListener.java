package io.orderflow.fraud.flow;

import io.orderflow.fraud.FraudTimelineKind;
import io.orderflow.order.Timeline;
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

	private final Timeline timeline;

	RecordReviewOutcomeListener(Timeline timeline) {
		this.timeline = timeline;
	}

	@Override
	public void notify(DelegateTask task) {
		timeline.record(ProcessVariables.orderNumber(task), FraudTimelineKind.FRAUD_REVIEW,
				ReviewDecision.summary(task, "a fraud analyst"));
	}

}
