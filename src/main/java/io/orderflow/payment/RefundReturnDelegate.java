package io.orderflow.payment;

import io.orderflow.order.OrderReturns;
import io.orderflow.workflow.ProcessVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

@Component("refundReturn")
class RefundReturnDelegate implements JavaDelegate {

	private final Payments payments;

	private final OrderReturns returns;

	RefundReturnDelegate(Payments payments, OrderReturns returns) {
		this.payments = payments;
		this.returns = returns;
	}

	@Override
	public void execute(DelegateExecution execution) {
		String returnNumber = ProcessVariables.returnNumber(execution);
		returns.recordRefund(returnNumber, payments.refundReturn(ProcessVariables.orderNumber(execution), returnNumber,
				returns.refundDue(returnNumber)));
	}

}
