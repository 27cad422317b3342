package io.orderflow.kpi;

import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import io.orderflow.order.OrderRepository;
import io.orderflow.order.OrderStatus;
import io.orderflow.workflow.OrderflowGroups;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;

/**
 * Where the orders are now and what waits for staff: the counts the
 * {@code orderflow.orders} and {@code orderflow.tasks.*} metrics report, read the same
 * way.
 */
@Service
public class CurrentWork {

	private final OrderRepository orders;

	private final TaskService tasks;

	private final Clock clock;

	CurrentWork(OrderRepository orders, TaskService tasks, Clock clock) {
		this.orders = orders;
		this.tasks = tasks;
		this.clock = clock;
	}

	/** Orders per status, in the order's lifecycle order. */
	public List<StatusCount> funnel() {
		return Arrays.stream(OrderStatus.values())
			.map(status -> new StatusCount(status, orders.count(Optional.of(status))))
			.toList();
	}

	/** Open tasks per staff queue, claimed or not, and how long the oldest has waited. */
	public List<Queue> queues() {
		return OrderflowGroups.STAFF.stream().map(this::queue).toList();
	}

	private Queue queue(String group) {
		long open = tasks.createTaskQuery().taskCandidateGroup(group).includeAssignedTasks().count();
		List<Task> oldest = tasks.createTaskQuery()
			.taskCandidateGroup(group)
			.includeAssignedTasks()
			.orderByTaskCreateTime()
			.asc()
			.listPage(0, 1);
		return new Queue(group, open,
				oldest.isEmpty() ? null : Duration.between(oldest.get(0).getCreateTime().toInstant(), clock.instant()));
	}

	public record StatusCount(OrderStatus status, long orders) {
	}

	/** A staff queue now; {@code oldestAge} is null when nothing waits in it. */
	public record Queue(String group, long tasks, Duration oldestAge) {
	}

}
