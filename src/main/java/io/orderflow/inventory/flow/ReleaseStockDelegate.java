package io.orderflow.inventory.flow;

import io.orderflow.inventory.StockReservations;
import io.orderflow.workflow.ProcessVariables;
import io.orderflow.workflow.SharedStep;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

@Component("releaseStock")
@SharedStep("the same step on every path into cancellation")
class ReleaseStockDelegate implements JavaDelegate {

	private final StockReservations reservations;

	ReleaseStockDelegate(StockReservations reservations) {
		this.reservations = reservations;
	}

	@Override
	public void execute(DelegateExecution execution) {
		reservations.release(ProcessVariables.orderNumber(execution));
	}

}
