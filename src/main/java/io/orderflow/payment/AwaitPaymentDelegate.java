package io.orderflow.payment;

import io.orderflow.order.OrderMilestones;
import io.orderflow.workflow.SharedStep;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Puts the order in AWAITING_PAYMENT; the diagram says why in the task's input parameter
 * {@code reason}.
 */
@Component("awaitPayment")
@SharedStep("input parameter reason: why the order waits")
class AwaitPaymentDelegate implements JavaDelegate {

	private final OrderMilestones milestones;

	AwaitPaymentDelegate(OrderMilestones milestones) {
		this.milestones = milestones;
	}

	@Override
	public void execute(DelegateExecution execution) {
		PaymentProcess process = PaymentProcess.of(execution);
		milestones.awaitingPayment(process.orderNumber(), process.reason());
	}

}
