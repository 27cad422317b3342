package io.orderflow.payment;

import io.orderflow.order.Orders;
import io.orderflow.order.PaymentMethod;
import io.orderflow.workflow.ProcessVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Customer service agreed another way to pay with the customer. */
@Component("applyPaymentResolution")
class ApplyPaymentResolutionDelegate implements JavaDelegate {

	private final Orders orders;

	ApplyPaymentResolutionDelegate(Orders orders) {
		this.orders = orders;
	}

	@Override
	public void execute(DelegateExecution execution) {
		String resolution = ProcessVariables.required(execution, "resolution");
		PaymentMethod method = switch (resolution) {
			case "SWITCH_TO_BANK_TRANSFER" -> PaymentMethod.BANK_TRANSFER;
			case "SWITCH_TO_CASH_ON_DELIVERY" -> PaymentMethod.CASH_ON_DELIVERY;
			default -> throw new IllegalArgumentException("Not a change of payment method: " + resolution);
		};
		orders.changePayment(ProcessVariables.orderNumber(execution), method, null);
	}

}
