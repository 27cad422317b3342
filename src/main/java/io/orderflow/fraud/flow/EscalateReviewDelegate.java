package io.orderflow.fraud.flow;

import io.orderflow.fraud.FraudCheckProcess;
import io.orderflow.fraud.FraudTimelineKind;
import io.orderflow.order.Timeline;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * A review nobody has taken within its SLA goes to another group as well, so someone
 * calls the customer; a review an analyst is already working on is left alone. The
 * diagram names the task ({@code escalateTask}) and the group ({@code escalationGroup}).
 */
@Component("escalateReview")
class EscalateReviewDelegate implements JavaDelegate {

	private final TaskService tasks;

	private final Timeline timeline;

	EscalateReviewDelegate(TaskService tasks, Timeline timeline) {
		this.tasks = tasks;
		this.timeline = timeline;
	}

	@Override
	public void execute(DelegateExecution execution) {
		FraudCheckProcess process = FraudCheckProcess.of(execution);
		Task review = tasks.createTaskQuery()
			.processInstanceId(execution.getProcessInstanceId())
			.taskDefinitionKey(process.escalateTask())
			.singleResult();
		if (review == null || review.getAssignee() != null) {
			return;
		}
		tasks.addCandidateGroup(review.getId(), process.escalationGroup());
		timeline.record(process.orderNumber(), FraudTimelineKind.REVIEW_ESCALATED,
				"Fraud review untouched past its SLA; " + process.escalationGroup() + " asked to help");
	}

}
