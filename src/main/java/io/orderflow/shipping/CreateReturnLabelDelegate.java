package io.orderflow.shipping;

import io.orderflow.workflow.ProcessVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

@Component("createReturnLabel")
class CreateReturnLabelDelegate implements JavaDelegate {

	private final ReturnLabels labels;

	CreateReturnLabelDelegate(ReturnLabels labels) {
		this.labels = labels;
	}

	@Override
	public void execute(DelegateExecution execution) {
		labels.create(ProcessVariables.returnNumber(execution));
	}

}
