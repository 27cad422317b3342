package io.orderflow.order.flow;

import io.orderflow.order.Order;
import io.orderflow.order.Orders;
import io.orderflow.workflow.ProcessVariables;
import io.orderflow.workflow.TaskCard;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * The order as the warehouse needs it: where it goes, without the customer's e-mail
 * address or what the order is worth (the warehouse may read its tasks' variables, so
 * what is not set here cannot leak). What to pick is {@code presentPickList}'s.
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
		PresentOrderListener.presentCard(TaskCard.of(task), task, order, "dispatch by");
	}

}
