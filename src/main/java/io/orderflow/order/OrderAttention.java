package io.orderflow.order;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * Reads from the engine what an order's status cannot show: an order stuck on an incident
 * is still {@code PLACED} or {@code IN_FULFILLMENT}, so the order view says it needs
 * attention. Each of the order's processes (called ones share its business key) counts;
 * an incident the engine repeats in every calling process is listed once, where it
 * happened.
 */
@Component
class OrderAttention {

	private final RuntimeService runtime;

	private final TaskService tasks;

	private final Clock clock;

	OrderAttention(RuntimeService runtime, TaskService tasks, Clock clock) {
		this.runtime = runtime;
		this.tasks = tasks;
		this.clock = clock;
	}

	List<Attention> of(String orderNumber) {
		List<Attention> attention = new ArrayList<>();
		for (ProcessInstance instance : runtime.createProcessInstanceQuery()
			.processInstanceBusinessKey(orderNumber)
			.list()) {
			for (Incident incident : runtime.createIncidentQuery().processInstanceId(instance.getId()).list()) {
				if (incident.getId().equals(incident.getRootCauseIncidentId())) {
					attention.add(new Attention(Attention.Kind.INCIDENT, incident.getActivityId(),
							incident.getIncidentMessage(), at(incident.getIncidentTimestamp())));
				}
			}
		}
		for (Task task : tasks.createTaskQuery()
			.processInstanceBusinessKey(orderNumber)
			.dueBefore(Date.from(clock.instant()))
			.list()) {
			attention.add(new Attention(Attention.Kind.OVERDUE_TASK, task.getTaskDefinitionKey(),
					"\"" + task.getName() + "\" is past its due date", at(task.getDueDate())));
		}
		attention.sort(Comparator.comparing(Attention::since));
		return attention;
	}

	private static OffsetDateTime at(Date date) {
		return date.toInstant().atOffset(ZoneOffset.UTC);
	}

}
