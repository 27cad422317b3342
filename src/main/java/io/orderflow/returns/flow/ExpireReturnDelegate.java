package io.orderflow.returns.flow;

import io.orderflow.returns.ReturnProcess;
import io.orderflow.returns.ReturnStatus;
import io.orderflow.returns.Returns;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The parcel did not come back within {@code orderflow.returns.parcel-window}. */
@Component("expireReturn")
class ExpireReturnDelegate implements JavaDelegate {

	private final Returns returns;

	ExpireReturnDelegate(Returns returns) {
		this.returns = returns;
	}

	@Override
	public void execute(DelegateExecution execution) {
		returns.changeStatus(ReturnProcess.of(execution).returnNumber(), ReturnStatus.EXPIRED,
				"closed; the parcel did not arrive in time");
	}

}
