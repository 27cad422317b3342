package io.orderflow.workflow;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * What an operator watches in the engine: work waiting for staff per queue and how long
 * its oldest task has waited, jobs due and not yet run (the job executor falls behind),
 * jobs out of retries and open incidents (an order that needs a person).
 */
@Component
class EngineMetrics implements MeterBinder {

	private final TaskService tasks;

	private final ManagementService management;

	private final RuntimeService runtime;

	private final Clock clock;

	EngineMetrics(TaskService tasks, ManagementService management, RuntimeService runtime, Clock clock) {
		this.tasks = tasks;
		this.management = management;
		this.runtime = runtime;
		this.clock = clock;
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		for (String queue : OrderflowGroups.STAFF) {
			Gauge
				.builder("orderflow.tasks.open",
						() -> tasks.createTaskQuery().taskCandidateGroup(queue).includeAssignedTasks().count())
				.description("Open user tasks of a staff group, claimed or not")
				.tag("queue", queue)
				.register(registry);
			Gauge.builder("orderflow.tasks.oldest.age", () -> oldestTaskAge(queue).toSeconds())
				.description("How long the oldest open task of a staff group has waited")
				.baseUnit("seconds")
				.tag("queue", queue)
				.register(registry);
		}
		Gauge.builder("orderflow.jobs.due", () -> management.createJobQuery().executable().count())
			.description("Asynchronous steps and timers that are due and not yet run")
			.register(registry);
		Gauge.builder("orderflow.jobs.failed", () -> management.createJobQuery().noRetriesLeft().count())
			.description("Asynchronous steps that failed on every retry")
			.register(registry);
		Gauge.builder("orderflow.incidents", this::rootCauseIncidents)
			.description("Open incidents: a step that needs an operator (Cockpit, retry)")
			.register(registry);
	}

	/**
	 * The engine repeats an incident in every calling process up to the order; one failed
	 * step is one incident here.
	 */
	private long rootCauseIncidents() {
		return runtime.createIncidentQuery()
			.list()
			.stream()
			.filter(incident -> incident.getId().equals(incident.getRootCauseIncidentId()))
			.count();
	}

	private Duration oldestTaskAge(String queue) {
		List<Task> oldest = tasks.createTaskQuery()
			.taskCandidateGroup(queue)
			.includeAssignedTasks()
			.orderByTaskCreateTime()
			.asc()
			.listPage(0, 1);
		return oldest.isEmpty() ? Duration.ZERO
				: Duration.between(oldest.get(0).getCreateTime().toInstant(), clock.instant());
	}

}
