package io.orderflow.notification;

import io.orderflow.workflow.ProcessVariables;
import io.orderflow.workflow.SharedStep;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * A "Tell customer" step: the diagram names the template in the task's input parameter
 * {@code template}.
 */
@Component("notifyCustomer")
@SharedStep("input parameter template: the message to send")
class NotifyCustomerDelegate implements JavaDelegate {

	private final CustomerMessages messages;

	NotifyCustomerDelegate(CustomerMessages messages) {
		this.messages = messages;
	}

	@Override
	public void execute(DelegateExecution execution) {
		messages.send(ProcessVariables.orderNumber(execution), ProcessVariables.required(execution, "template"));
	}

}
