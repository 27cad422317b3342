package io.orderflow.inventory;

import io.orderflow.workflow.ProcessVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

@Component("releaseStock")
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
