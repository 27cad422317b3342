package io.orderflow.inventory.flow;

import java.util.Map;

import io.orderflow.inventory.StockReservations;
import io.orderflow.order.Orders;
import io.orderflow.order.TimelineEntryType;
import io.orderflow.workflow.OrderProcess;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

@Component("reserveStock")
class ReserveStockDelegate implements JavaDelegate {

	private final StockReservations reservations;

	private final Orders orders;

	ReserveStockDelegate(StockReservations reservations, Orders orders) {
		this.reservations = reservations;
		this.orders = orders;
	}

	@Override
	public void execute(DelegateExecution execution) {
		OrderProcess process = OrderProcess.of(execution);
		String orderNumber = process.orderNumber();
		Map<String, Integer> missing = reservations.reserve(orderNumber);
		process.stockShort(!missing.isEmpty());
		orders.record(orderNumber, TimelineEntryType.STOCK_RESERVED,
				missing.isEmpty()
						? "All items reserved in " + String.join(", ", reservations.warehousesToShip(orderNumber))
						: "Short of " + Orders.describe(missing));
	}

}
