package io.orderflow.inventory.flow;

import java.util.List;

import io.orderflow.inventory.InventoryTimelineKind;
import io.orderflow.inventory.StockReservations;
import io.orderflow.order.Timeline;
import io.orderflow.workflow.FulfillmentProcess;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * After every warehouse has shipped: reserves what the order still lacks (units a picker
 * did not find, or stock that arrived meanwhile) wherever it is available now, so it
 * ships in another round rather than waiting for the next receipt. What cannot be
 * reserved stays short and waits in the order's backorder loop.
 */
@Component("reallocateShortfall")
class ReallocateShortfallDelegate implements JavaDelegate {

	private final StockReservations reservations;

	private final Timeline timeline;

	ReallocateShortfallDelegate(StockReservations reservations, Timeline timeline) {
		this.reservations = reservations;
		this.timeline = timeline;
	}

	@Override
	public void execute(DelegateExecution execution) {
		FulfillmentProcess process = FulfillmentProcess.of(execution);
		String orderNumber = process.orderNumber();
		if (!reservations.shortfall(orderNumber).isEmpty()) {
			reservations.reserve(orderNumber);
		}
		List<String> warehouses = reservations.warehousesToShip(orderNumber);
		if (!warehouses.isEmpty()) {
			timeline.record(orderNumber, InventoryTimelineKind.STOCK_RESERVED,
					"Reserved again what was not found, in " + String.join(", ", warehouses));
		}
		process.moreToShipNow(!warehouses.isEmpty());
	}

}
