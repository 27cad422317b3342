package io.orderflow.returns.flow;

import java.util.stream.Collectors;

import io.orderflow.order.Orders;
import io.orderflow.returns.ReturnProcess;
import io.orderflow.returns.ReturnRequest;
import io.orderflow.returns.Returns;
import io.orderflow.workflow.TaskCard;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * The returned items as the warehouse inspects them: no customer e-mail, no amounts.
 */
@Component("presentReturnToWarehouse")
class PresentReturnToWarehouseListener implements TaskListener {

	private final Returns returns;

	private final Orders orders;

	PresentReturnToWarehouseListener(Returns returns, Orders orders) {
		this.returns = returns;
		this.orders = orders;
	}

	@Override
	public void notify(DelegateTask task) {
		ReturnRequest request = returns.get(ReturnProcess.of(task).returnNumber());
		PresentReturnListener.presentItems(TaskCard.of(task), request, orders.get(request.orderNumber()))
			.returnLines(request.lines()
				.stream()
				.map(line -> line.quantity() + " × " + line.sku() + "  " + line.productName())
				.collect(Collectors.joining("\n")));
	}

}
