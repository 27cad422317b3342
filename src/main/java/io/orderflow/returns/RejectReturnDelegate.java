package io.orderflow.returns;

import io.orderflow.order.OrderReturns;
import io.orderflow.order.ReturnStatus;
import io.orderflow.workflow.ProcessVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The policy or customer service said no; the customer is told next. */
@Component("rejectReturn")
class RejectReturnDelegate implements JavaDelegate {

	private final OrderReturns returns;

	RejectReturnDelegate(OrderReturns returns) {
		this.returns = returns;
	}

	@Override
	public void execute(DelegateExecution execution) {
		returns.changeStatus(ProcessVariables.returnNumber(execution), ReturnStatus.REJECTED,
				"rejected under the return policy");
	}

}
