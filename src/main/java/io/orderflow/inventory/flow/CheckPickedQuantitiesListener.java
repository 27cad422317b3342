package io.orderflow.inventory.flow;

import io.orderflow.inventory.PickReport;
import io.orderflow.inventory.StockReservations;
import io.orderflow.workflow.FulfillmentProcess;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Refuses to complete picking unless the picker confirmed every line or reported the
 * short ones correctly; Tasklist shows the reason. Locks the order row first (see
 * {@link WarehouseStepLock}).
 */
@Component("checkPickedQuantities")
class CheckPickedQuantitiesListener implements TaskListener {

	private final StockReservations reservations;

	private final WarehouseStepLock lock;

	CheckPickedQuantitiesListener(StockReservations reservations, WarehouseStepLock lock) {
		this.reservations = reservations;
		this.lock = lock;
	}

	@Override
	public void notify(DelegateTask task) {
		lock.lock(task.getExecution());
		FulfillmentProcess process = FulfillmentProcess.of(task);
		PickReport.found(process.allItemsPicked(), process.shortPicks(),
				reservations.pickList(process.orderNumber(), process.warehouse()));
	}

}
