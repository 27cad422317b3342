package io.orderflow.workflow;

import java.util.function.Predicate;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.springframework.stereotype.Component;

/**
 * The engine's history of the processes of a business key (an order's, a return's), as
 * far as retention must erase it: variables whose value mentions a customer (the task
 * cards' {@code customerName}, {@code customer}, {@code shipTo}, and whatever a form
 * submitted) are deleted with every recorded update of them. Steps, times and outcomes
 * stay for Cockpit.
 */
@Component
public class ProcessHistory {

	private final HistoryService history;

	ProcessHistory(HistoryService history) {
		this.history = history;
	}

	public void eraseMentions(String businessKey, Predicate<String> mentions) {
		String[] instances = history.createHistoricProcessInstanceQuery()
			.processInstanceBusinessKey(businessKey)
			.list()
			.stream()
			.map(HistoricProcessInstance::getId)
			.toArray(String[]::new);
		if (instances.length == 0) {
			return;
		}
		history.createHistoricVariableInstanceQuery()
			.processInstanceIdIn(instances)
			.list()
			.stream()
			.filter(variable -> mentions.test(String.valueOf(variable.getValue())))
			.forEach(variable -> history.deleteHistoricVariableInstance(variable.getId()));
	}

}
