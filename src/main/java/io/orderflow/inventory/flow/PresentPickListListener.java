package io.orderflow.inventory.flow;

import java.util.Map;
import java.util.stream.Collectors;

import io.orderflow.inventory.StockRepository;
import io.orderflow.inventory.StockReservations;
import io.orderflow.order.OrderLine;
import io.orderflow.order.Orders;
import io.orderflow.workflow.FulfillmentProcess;
import io.orderflow.workflow.TaskCard;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * A warehouse task's lines: what this warehouse ships, with product name and bin. The
 * only writer of {@code orderLines} on picking and packing tasks
 * ({@code presentOrderToWarehouse} leaves them out).
 */
@Component("presentPickList")
class PresentPickListListener implements TaskListener {

	private final StockReservations reservations;

	private final StockRepository stock;

	private final Orders orders;

	PresentPickListListener(StockReservations reservations, StockRepository stock, Orders orders) {
		this.reservations = reservations;
		this.stock = stock;
		this.orders = orders;
	}

	@Override
	public void notify(DelegateTask task) {
		FulfillmentProcess process = FulfillmentProcess.of(task);
		String warehouse = process.warehouse();
		Map<String, String> names = orders.get(process.orderNumber())
			.lines()
			.stream()
			.collect(Collectors.toMap(OrderLine::sku, OrderLine::productName, (first, same) -> first));
		TaskCard.of(task)
			.orderLines("From " + warehouse + ":\n"
					+ reservations.pickList(process.orderNumber(), warehouse)
						.entrySet()
						.stream()
						.map(item -> item.getValue() + " × " + item.getKey() + "  " + names.get(item.getKey())
								+ "  (bin " + stock.bin(item.getKey(), warehouse).orElse("not recorded") + ")")
						.collect(Collectors.joining("\n")));
	}

}
