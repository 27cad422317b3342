package io.orderflow.fraud.flow;

import io.orderflow.fraud.FraudCheckProcess;
import io.orderflow.order.OrderMilestones;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

@Component("markUnderReview")
class MarkUnderReviewDelegate implements JavaDelegate {

	private final OrderMilestones milestones;

	MarkUnderReviewDelegate(OrderMilestones milestones) {
		this.milestones = milestones;
	}

	@Override
	public void execute(DelegateExecution execution) {
		FraudCheckProcess process = FraudCheckProcess.of(execution);
		milestones.heldForFraudReview(process.orderNumber(), process.riskReasons());
	}

}
