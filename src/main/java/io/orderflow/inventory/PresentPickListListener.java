package io.orderflow.inventory;

import java.util.stream.Collectors;

import io.orderflow.workflow.FulfillmentProcess;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Narrows a warehouse task's lines to what this warehouse ships (set after
 * {@code presentOrder}).
 */
@Component("presentPickList")
class PresentPickListListener implements TaskListener {

	private final StockReservations reservations;

	PresentPickListListener(StockReservations reservations) {
		this.reservations = reservations;
	}

	@Override
	public void notify(DelegateTask task) {
		FulfillmentProcess process = FulfillmentProcess.of(task);
		String warehouse = process.warehouse();
		task.setVariableLocal("orderLines",
				"From " + warehouse + ":\n"
						+ reservations.active(process.orderNumber())
							.stream()
							.filter(r -> r.warehouseCode().equals(warehouse))
							.map(r -> r.quantity() + " × " + r.sku())
							.collect(Collectors.joining("\n")));
	}

}
