package io.orderflow.order;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import io.orderflow.order.spi.OrderDetailsSources.AttentionSource;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Reads from the engine what an order's status cannot show: an order stuck on an incident
 * is still {@code PLACED} or {@code IN_FULFILLMENT}, so the order view says it needs
 * attention. Each of the order's processes (called ones share its business key) counts;
 * an incident the engine repeats in every calling process is listed once, where it
 * happened. Capabilities add what of theirs needs a person ({@link AttentionSource}).
 */
@Component
class OrderAttention {

	private final RuntimeService runtime;

	private final TaskService tasks;

	private final Clock clock;

	private final ObjectProvider<AttentionSource> sources;

	OrderAttention(RuntimeService runtime, TaskService tasks, Clock clock, ObjectProvider<AttentionSource> sources) {
		this.runtime = runtime;
		this.tasks = tasks;
		this.clock = clock;
		this.sources = sources;
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
		sources.orderedStream().forEach(source -> attention.addAll(source.attention(orderNumber)));
		attention.sort(Comparator.comparing(Attention::since));
		return attention;
	}

	/**
	 * The numbers of the orders {@link #of} would flag: those with an incident or an
	 * overdue task in any of their processes, and those a capability names. Numbers of
	 * returns (whose processes have their own business key) are among them; the search
	 * matches only orders.
	 */
	Set<String> ordersNeedingAttention() {
		Set<String> processInstances = new HashSet<>();
		runtime.createIncidentQuery().list().forEach(incident -> processInstances.add(incident.getProcessInstanceId()));
		tasks.createTaskQuery()
			.dueBefore(Date.from(clock.instant()))
			.list()
			.forEach(task -> processInstances.add(task.getProcessInstanceId()));
		processInstances.remove(null);
		Set<String> orders = new HashSet<>();
		if (!processInstances.isEmpty()) {
			runtime.createProcessInstanceQuery()
				.processInstanceIds(processInstances)
				.list()
				.stream()
				.map(ProcessInstance::getBusinessKey)
				.filter(Objects::nonNull)
				.forEach(orders::add);
		}
		sources.orderedStream().forEach(source -> orders.addAll(source.ordersNeedingAttention()));
		return orders.stream().collect(Collectors.toUnmodifiableSet());
	}

	private static OffsetDateTime at(Date date) {
		return date.toInstant().atOffset(ZoneOffset.UTC);
	}

}
