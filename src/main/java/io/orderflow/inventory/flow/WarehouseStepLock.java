package io.orderflow.inventory.flow;

import io.orderflow.order.Order;
import io.orderflow.order.OrderStatus;
import io.orderflow.order.Orders;
import io.orderflow.workflow.ProcessVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.exception.NotFoundException;
import org.springframework.stereotype.Component;

/**
 * A warehouse step (a pick reported, a parcel handed over) takes the order row's lock
 * before anything else, the one lock order of every path, and finds out under it whether
 * a cancellation has won meanwhile: then its task is gone, as it is for anyone who opens
 * it a moment later. The order is found by the process's business key, which is loaded
 * with the step, rather than by a variable a cancellation may have just deleted. The
 * engine's "not found" is what {@code /engine-rest} answers 404 with, like a task
 * completed a moment earlier.
 */
@Component
class WarehouseStepLock {

	private final Orders orders;

	WarehouseStepLock(Orders orders) {
		this.orders = orders;
	}

	Order lock(DelegateExecution execution) {
		String orderNumber = execution.getProcessBusinessKey() != null ? execution.getProcessBusinessKey()
				: ProcessVariables.orderNumber(execution);
		Order order = orders.getForUpdate(orderNumber);
		if (order.status() == OrderStatus.CANCELLED) {
			throw new NotFoundException("Order " + orderNumber + " was cancelled: nothing of it is picked, packed or "
					+ "handed over, its label is void and this task is gone");
		}
		return order;
	}

}
