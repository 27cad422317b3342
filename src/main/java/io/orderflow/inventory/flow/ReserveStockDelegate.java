package io.orderflow.inventory.flow;

import java.util.Map;

import io.orderflow.inventory.InventoryTimelineKind;
import io.orderflow.inventory.StockReservations;
import io.orderflow.order.Timeline;
import io.orderflow.workflow.OrderProcess;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

@Component("reserveStock")
class ReserveStockDelegate implements JavaDelegate {

	private final StockReservations reservations;

	private final Timeline timeline;

	ReserveStockDelegate(StockReservations reservations, Timeline timeline) {
		this.reservations = reservations;
		this.timeline = timeline;
	}

	@Override
	public void execute(DelegateExecution execution) {
		OrderProcess process = OrderProcess.of(execution);
		String orderNumber = process.orderNumber();
		Map<String, Integer> missing = reservations.reserve(orderNumber);
		process.stockShort(!missing.isEmpty());
		timeline.record(orderNumber, InventoryTimelineKind.STOCK_RESERVED,
				missing.isEmpty()
						? "All items reserved in " + String.join(", ", reservations.warehousesToShip(orderNumber))
						: "Short of " + Timeline.describe(missing));
	}

}
