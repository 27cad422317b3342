package io.orderflow.inventory.flow;

import java.util.Map;
import java.util.stream.Collectors;

import io.orderflow.inventory.StockRepository;
import io.orderflow.inventory.StockReservations;
import io.orderflow.order.OrderLine;
import io.orderflow.order.Orders;
import io.orderflow.workflow.FulfillmentProcess;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Narrows a warehouse task's lines to what this warehouse ships, with product name and
 * bin (set after {@code presentOrder}).
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
		task.setVariableLocal("orderLines",
				"From " + warehouse + ":\n"
						+ reservations.pickList(process.orderNumber(), warehouse)
							.entrySet()
							.stream()
							.map(item -> item.getValue() + " × " + item.getKey() + "  " + names.get(item.getKey())
									+ "  (bin " + stock.bin(item.getKey(), warehouse).orElse("not recorded") + ")")
							.collect(Collectors.joining("\n")));
	}

}
