package io.orderflow.payment.flow;

import io.orderflow.order.OrderMilestones;
import io.orderflow.workflow.ProcessVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Cash on delivery needs nothing up front: the order is confirmed and the carrier
 * collects at the door.
 */
@Component("confirmCashOnDelivery")
class ConfirmCashOnDeliveryDelegate implements JavaDelegate {

	private final OrderMilestones milestones;

	ConfirmCashOnDeliveryDelegate(OrderMilestones milestones) {
		this.milestones = milestones;
	}

	@Override
	public void execute(DelegateExecution execution) {
		milestones.cashOnDeliveryAccepted(ProcessVariables.orderNumber(execution));
	}

}
