package io.orderflow.returns.flow;

import io.orderflow.returns.ReturnProcess;
import io.orderflow.returns.ReturnStatus;
import io.orderflow.returns.Returns;
import io.orderflow.workflow.ReviewDecision;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The policy or customer service said no; the customer is told next, with customer
 * service's reason where it refused.
 */
@Component("rejectReturn")
class RejectReturnDelegate implements JavaDelegate {

	static final String POLICY = "it does not meet our return policy";

	private final Returns returns;

	RejectReturnDelegate(Returns returns) {
		this.returns = returns;
	}

	@Override
	public void execute(DelegateExecution execution) {
		returns.changeStatus(ReturnProcess.of(execution).returnNumber(), ReturnStatus.REJECTED,
				ReviewDecision.rejectionReason(execution).orElse(POLICY));
	}

}
