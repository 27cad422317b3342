package io.orderflow.order.flow;

import java.util.stream.Collectors;

import io.orderflow.order.Order;
import io.orderflow.order.Orders;
import io.orderflow.workflow.ProcessVariables;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * The order as the warehouse needs it: what to pick and where it goes, without the
 * customer's e-mail address or what the order is worth (the warehouse may read its tasks'
 * variables, so what is not set here cannot leak).
 */
@Component("presentOrderToWarehouse")
class PresentOrderToWarehouseListener implements TaskListener {

	private final Orders orders;

	PresentOrderToWarehouseListener(Orders orders) {
		this.orders = orders;
	}

	@Override
	public void notify(DelegateTask task) {
		Order order = orders.get(ProcessVariables.orderNumber(task));
		PresentOrderListener.presentCard(task, order, "dispatch by");
		task.setVariableLocal("orderLines",
				order.lines()
					.stream()
					.map(l -> l.quantity() + " × " + l.sku() + "  " + l.productName())
					.collect(Collectors.joining("\n")));
	}

}
