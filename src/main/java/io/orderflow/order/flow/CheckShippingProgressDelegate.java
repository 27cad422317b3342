package io.orderflow.order.flow;

import io.orderflow.order.OrderLines;
import io.orderflow.workflow.OrderProcess;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

@Component("checkShippingProgress")
class CheckShippingProgressDelegate implements JavaDelegate {

	private final OrderLines orderLines;

	CheckShippingProgressDelegate(OrderLines orderLines) {
		this.orderLines = orderLines;
	}

	@Override
	public void execute(DelegateExecution execution) {
		OrderProcess process = OrderProcess.of(execution);
		process.allShipped(orderLines.openQuantities(process.orderNumber()).isEmpty());
	}

}
