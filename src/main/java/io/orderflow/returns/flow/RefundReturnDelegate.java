package io.orderflow.returns.flow;

import io.orderflow.payment.Refunds;
import io.orderflow.returns.ReturnProcess;
import io.orderflow.returns.ReturnRequest;
import io.orderflow.returns.Returns;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

@Component("refundReturn")
class RefundReturnDelegate implements JavaDelegate {

	private final Returns returns;

	private final Refunds payment;

	RefundReturnDelegate(Returns returns, Refunds payment) {
		this.returns = returns;
		this.payment = payment;
	}

	@Override
	public void execute(DelegateExecution execution) {
		ReturnRequest request = returns.get(ReturnProcess.of(execution).returnNumber());
		returns.recordRefund(request.returnNumber(),
				payment.refund(request.orderNumber(), request.returnNumber(), returns.refundDue(request)));
	}

}
