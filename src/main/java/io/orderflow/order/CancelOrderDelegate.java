package io.orderflow.order;

import java.util.Map;

import io.orderflow.workflow.BpmnErrors;
import io.orderflow.workflow.ProcessVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

@Component("cancelOrder")
class CancelOrderDelegate implements JavaDelegate {

	private static final Map<String, String> REASONS = Map.of(
			BpmnErrors.PAYMENT_DECLINED, "the payment was declined and not replaced in time",
			BpmnErrors.PAYMENT_NOT_RECEIVED, "the bank transfer did not arrive in time",
			"RESERVATION_EXPIRED", "the payment was not completed while its stock was held",
			"BACKORDER_CANCELLED", "customer service cancelled the backorder",
			OrderCancellation.CAUSE, "its cancellation was requested");

	private final Orders orders;

	CancelOrderDelegate(Orders orders) {
		this.orders = orders;
	}

	@Override
	public void execute(DelegateExecution execution) {
		Object cause = execution.getVariable(ProcessVariables.CANCELLATION_CAUSE);
		String reason = REASONS.getOrDefault(String.valueOf(cause), "of " + cause);
		orders.changeStatus(ProcessVariables.orderNumber(execution), OrderStatus.CANCELLED,
				"Order cancelled because " + reason);
	}

}
