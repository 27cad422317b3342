package io.orderflow.returns;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The policy or customer service said no; the customer is told next. */
@Component("rejectReturn")
class RejectReturnDelegate implements JavaDelegate {

	private final Returns returns;

	RejectReturnDelegate(Returns returns) {
		this.returns = returns;
	}

	@Override
	public void execute(DelegateExecution execution) {
		returns.changeStatus(ReturnProcess.of(execution).returnNumber(), ReturnStatus.REJECTED,
				"rejected under the return policy");
	}

}
