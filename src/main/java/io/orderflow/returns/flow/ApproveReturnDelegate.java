package io.orderflow.returns.flow;

import io.orderflow.returns.ReturnProcess;
import io.orderflow.returns.ReturnStatus;
import io.orderflow.returns.Returns;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The policy or customer service said yes. */
@Component("approveReturn")
class ApproveReturnDelegate implements JavaDelegate {

	private final Returns returns;

	ApproveReturnDelegate(Returns returns) {
		this.returns = returns;
	}

	@Override
	public void execute(DelegateExecution execution) {
		returns.changeStatus(ReturnProcess.of(execution).returnNumber(), ReturnStatus.APPROVED,
				"approved; a return label is sent");
	}

}
