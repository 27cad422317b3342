package io.orderflow.returns.flow;

import io.orderflow.returns.ReturnProcess;
import io.orderflow.returns.ReturnTimelineKind;
import io.orderflow.returns.Returns;
import io.orderflow.workflow.ReviewDecision;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Customer service's decision on a return the policy could not decide, with who made it.
 */
@Component("recordReturnReview")
class RecordReturnReviewListener implements TaskListener {

	private final Returns returns;

	RecordReturnReviewListener(Returns returns) {
		this.returns = returns;
	}

	@Override
	public void notify(DelegateTask task) {
		returns.note(ReturnProcess.of(task).returnNumber(), ReturnTimelineKind.RETURN_REVIEW,
				ReviewDecision.summary(task, "customer service"));
	}

}
