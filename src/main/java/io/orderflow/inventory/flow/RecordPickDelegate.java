package io.orderflow.inventory.flow;

import java.util.Map;
import java.util.stream.Collectors;

import io.orderflow.inventory.InventoryTimelineKind;
import io.orderflow.inventory.PickReport;
import io.orderflow.inventory.StockReservations;
import io.orderflow.order.Timeline;
import io.orderflow.workflow.FulfillmentProcess;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Books a short pick: the units not found leave the stock and the reservation (journal:
 * SHORT_PICK), so the order needs them again and goes back to allocation after this
 * shipment. Tells the diagram whether anything is left to pack. Locks the order row
 * first, like a cancellation, which would otherwise wait for this step's stock rows while
 * this step waits for the order row to write the timeline.
 */
@Component("recordPick")
class RecordPickDelegate implements JavaDelegate {

	private final StockReservations reservations;

	private final Timeline timeline;

	private final WarehouseStepLock lock;

	RecordPickDelegate(StockReservations reservations, Timeline timeline, WarehouseStepLock lock) {
		this.reservations = reservations;
		this.timeline = timeline;
		this.lock = lock;
	}

	@Override
	public void execute(DelegateExecution execution) {
		lock.lock(execution);
		FulfillmentProcess process = FulfillmentProcess.of(execution);
		String orderNumber = process.orderNumber();
		String warehouse = process.warehouse();
		Map<String, Integer> found = PickReport.found(process.allItemsPicked(), process.shortPicks(),
				reservations.pickList(orderNumber, warehouse));
		if (!found.isEmpty()) {
			Map<String, Integer> missing = reservations.shortPick(orderNumber, warehouse, found);
			timeline.record(orderNumber, InventoryTimelineKind.SHORT_PICK,
					"Short pick in " + warehouse + ": "
							+ missing.entrySet()
								.stream()
								.map(e -> e.getValue() + " × " + e.getKey() + " not found")
								.collect(Collectors.joining(", "))
							+ "; they wait for stock like a backorder");
		}
		process.anythingPicked(!reservations.pickList(orderNumber, warehouse).isEmpty());
	}

}
