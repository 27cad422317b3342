package io.orderflow.returns;

import io.orderflow.order.ItemCondition;
import io.orderflow.order.OrderReturns;
import io.orderflow.workflow.ProcessVariables;
import io.orderflow.workflow.TaskActor;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** What the warehouse found in the parcel decides whether the goods go back into stock. */
@Component("recordInspection")
class RecordInspectionListener implements TaskListener {

	private final OrderReturns returns;

	RecordInspectionListener(OrderReturns returns) {
		this.returns = returns;
	}

	@Override
	public void notify(DelegateTask task) {
		ItemCondition condition;
		try {
			condition = ItemCondition.valueOf(String.valueOf(task.getVariable(ProcessVariables.ITEM_CONDITION)));
		}
		catch (IllegalArgumentException e) {
			throw new IllegalArgumentException("The inspection needs the items' condition: set '"
					+ ProcessVariables.ITEM_CONDITION + "' to RESELLABLE or DAMAGED");
		}
		String returnNumber = ProcessVariables.returnNumber(task);
		returns.recordCondition(returnNumber, condition);
		String inspector = TaskActor.of(task) == null ? "the warehouse" : TaskActor.of(task);
		returns.note(returnNumber, "RETURN_INSPECTED", "Items " + condition + ", inspected by " + inspector);
	}

}
