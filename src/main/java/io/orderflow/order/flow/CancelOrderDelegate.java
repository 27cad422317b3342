package io.orderflow.order.flow;

import io.orderflow.order.OrderCancellation;
import io.orderflow.order.OrderStatus;
import io.orderflow.order.Orders;
import io.orderflow.workflow.CancellationCause;
import io.orderflow.workflow.OrderProcess;
import io.orderflow.workflow.SharedStep;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Shared by {@code cancelOrder} and {@code cancelOrderOnRequest}: the cause says why. */
@Component("cancelOrder")
@SharedStep("cancellationCause: why the order is cancelled")
class CancelOrderDelegate implements JavaDelegate {

	private final Orders orders;

	private final OrderCancellation cancellation;

	CancelOrderDelegate(Orders orders, OrderCancellation cancellation) {
		this.orders = orders;
		this.cancellation = cancellation;
	}

	@Override
	public void execute(DelegateExecution execution) {
		OrderProcess process = OrderProcess.of(execution);
		CancellationCause cause = process.cancellationCause();
		OrderCancellation.RequestedReason requested = cause == CancellationCause.CANCELLATION_REQUESTED
				? cancellation.requestedReason(process.orderNumber())
				: new OrderCancellation.RequestedReason(null, null);
		String reason = requested.customerReason() == null && requested.words() == null ? cause.reason()
				: requested.words();
		orders.changeStatus(process.orderNumber(), OrderStatus.CANCELLED, "Order cancelled because " + cause.reason(),
				cause.name(), reason, requested.customerReason());
	}

}
