package io.orderflow.order.flow;

import io.orderflow.workflow.CancellationCause;
import io.orderflow.workflow.OrderProcess;
import io.orderflow.workflow.ProcessVariables;
import io.orderflow.workflow.SharedStep;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Shared by the steps that lead into the order's cancellation without a BPMN error
 * ({@code noteReservationExpired}, {@code noteBackorderCancelled}): the diagram names the
 * cause in the task's input parameter {@code cause}.
 */
@Component("recordCancellationCause")
@SharedStep("input parameter cause")
class RecordCancellationCauseDelegate implements JavaDelegate {

	@Override
	public void execute(DelegateExecution execution) {
		OrderProcess.of(execution)
			.cancellationCause(CancellationCause.valueOf(ProcessVariables.required(execution, "cause")));
	}

}
