package io.orderflow.returns;

import io.orderflow.order.OrderReturns;
import io.orderflow.order.ReturnStatus;
import io.orderflow.workflow.ProcessVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The parcel did not come back within {@code orderflow.returns.parcel-window}. */
@Component("expireReturn")
class ExpireReturnDelegate implements JavaDelegate {

	private final OrderReturns returns;

	ExpireReturnDelegate(OrderReturns returns) {
		this.returns = returns;
	}

	@Override
	public void execute(DelegateExecution execution) {
		returns.changeStatus(ProcessVariables.returnNumber(execution), ReturnStatus.EXPIRED,
				"closed; the parcel did not arrive in time");
	}

}
