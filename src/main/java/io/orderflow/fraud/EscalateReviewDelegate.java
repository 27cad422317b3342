package io.orderflow.fraud;

import io.orderflow.order.Orders;
import io.orderflow.workflow.ProcessVariables;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * A review nobody has taken within its SLA goes to customer service as well, so someone calls the customer; a
 * review an analyst is already working on is left alone.
 */
@Component("escalateReview")
class EscalateReviewDelegate implements JavaDelegate {

	static final String ESCALATION_GROUP = "customer-service";

	private final TaskService tasks;

	private final Orders orders;

	EscalateReviewDelegate(TaskService tasks, Orders orders) {
		this.tasks = tasks;
		this.orders = orders;
	}

	@Override
	public void execute(DelegateExecution execution) {
		Task review = tasks.createTaskQuery()
			.processInstanceId(execution.getProcessInstanceId())
			.taskDefinitionKey("reviewOrder")
			.singleResult();
		if (review == null || review.getAssignee() != null) {
			return;
		}
		tasks.addCandidateGroup(review.getId(), ESCALATION_GROUP);
		orders.record(ProcessVariables.orderNumber(execution), "REVIEW_ESCALATED",
				"Fraud review untouched past its SLA; customer service asked to help");
	}

}
