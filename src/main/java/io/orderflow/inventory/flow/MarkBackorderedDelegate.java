package io.orderflow.inventory.flow;

import io.orderflow.inventory.StockReservations;
import io.orderflow.order.OrderMilestones;
import io.orderflow.workflow.ProcessVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

@Component("markBackordered")
class MarkBackorderedDelegate implements JavaDelegate {

	private final StockReservations reservations;

	private final OrderMilestones milestones;

	MarkBackorderedDelegate(StockReservations reservations, OrderMilestones milestones) {
		this.reservations = reservations;
		this.milestones = milestones;
	}

	@Override
	public void execute(DelegateExecution execution) {
		String orderNumber = ProcessVariables.orderNumber(execution);
		milestones.stockShort(orderNumber, reservations.shortfall(orderNumber));
	}

}
