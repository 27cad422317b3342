package io.orderflow.returns.flow;

import io.orderflow.returns.ItemCondition;
import io.orderflow.returns.ReturnProcess;
import io.orderflow.returns.ReturnTimelineKind;
import io.orderflow.returns.Returns;
import io.orderflow.workflow.TaskActor;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * What the warehouse found in the parcel decides whether the goods go back into stock.
 */
@Component("recordInspection")
class RecordInspectionListener implements TaskListener {

	private final Returns returns;

	RecordInspectionListener(Returns returns) {
		this.returns = returns;
	}

	@Override
	public void notify(DelegateTask task) {
		ReturnProcess process = ReturnProcess.of(task);
		ItemCondition condition = process.itemCondition();
		String returnNumber = process.returnNumber();
		returns.recordCondition(returnNumber, condition);
		String inspector = TaskActor.of(task) == null ? "the warehouse" : TaskActor.of(task);
		returns.note(returnNumber, ReturnTimelineKind.RETURN_INSPECTED,
				"Items " + condition + ", inspected by " + inspector);
	}

}
