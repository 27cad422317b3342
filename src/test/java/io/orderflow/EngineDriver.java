package io.orderflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;

/**
 * The engine steps of Spring Boot tests, taken through the engine's Java API. Plays the
 * job executor (the tests run without one): asynchronous steps run when the test says so,
 * one by one, with deterministic results. Process instances are found by their business
 * key: the order number, or the return number.
 */
public final class EngineDriver {

	private final ManagementService management;

	private final RuntimeService runtime;

	private final TaskService tasks;

	private final Supplier<? extends Collection<String>> ownBusinessKeys;

	/**
	 * Runs the jobs of the process instances of these business keys (asked anew each
	 * time): the test's own.
	 */
	public EngineDriver(ProcessEngine engine, Supplier<? extends Collection<String>> ownBusinessKeys) {
		this.management = engine.getManagementService();
		this.runtime = engine.getRuntimeService();
		this.tasks = engine.getTaskService();
		this.ownBusinessKeys = ownBusinessKeys;
	}

	/**
	 * Runs the asynchronous steps of the test's own orders and returns that are due, as
	 * the job executor would, until none are left. Tests share the engine, so other
	 * tests' jobs, due or failing, are left alone.
	 */
	public void runJobs() {
		for (int round = 0; round < 20; round++) {
			List<Job> due = ownDueJobs();
			if (due.isEmpty()) {
				return;
			}
			due.forEach(job -> management.executeJob(job.getId()));
		}
		throw new AssertionError("Jobs keep coming after 20 rounds");
	}

	/** The job waiting at an activity in any process instance of the business key. */
	public Job jobAt(String businessKey, String activityId) {
		List<String> instances = instancesOf(businessKey);
		return management.createJobQuery()
			.activityId(activityId)
			.list()
			.stream()
			.filter(job -> instances.contains(job.getProcessInstanceId()))
			.findFirst()
			.orElseThrow(() -> new AssertionError("No job at " + activityId + " for " + businessKey));
	}

	/**
	 * Runs the due steps of the business key's process instances until one waits as a job
	 * at the activity, and returns that job without running it.
	 */
	public Job runUntilJobAt(String businessKey, String activityId) {
		for (int round = 0; round < 20; round++) {
			List<String> instances = instancesOf(businessKey);
			Optional<Job> waiting = management.createJobQuery()
				.activityId(activityId)
				.list()
				.stream()
				.filter(job -> instances.contains(job.getProcessInstanceId()))
				.findFirst();
			if (waiting.isPresent()) {
				return waiting.get();
			}
			List<Job> due = management.createJobQuery().executable().processInstanceIds(Set.copyOf(instances)).list();
			assertThat(due).as("jobs of %s before %s", businessKey, activityId).isNotEmpty();
			due.forEach(this::execute);
		}
		throw new AssertionError("No job at " + activityId + " for " + businessKey);
	}

	/**
	 * Runs the job now, whether it is due or not (a timer that has not fired yet, say).
	 */
	public void execute(Job job) {
		management.executeJob(job.getId());
	}

	/** The one open task of the kind, which must exist. */
	public Task task(String businessKey, String taskDefinitionKey) {
		Task task = tasks.createTaskQuery()
			.processInstanceBusinessKey(businessKey)
			.taskDefinitionKey(taskDefinitionKey)
			.singleResult();
		assertThat(task).as("open task %s of %s", taskDefinitionKey, businessKey).isNotNull();
		return task;
	}

	public List<Task> openTasks(String businessKey, String taskDefinitionKey) {
		return tasks.createTaskQuery()
			.processInstanceBusinessKey(businessKey)
			.taskDefinitionKey(taskDefinitionKey)
			.list();
	}

	/** A variable the task's listeners set for its form. */
	public Object localVariable(Task task, String name) {
		return tasks.getVariableLocal(task.getId(), name);
	}

	/**
	 * The orders of the open tasks of the kind, in the order Tasklist shows them when
	 * sorted by priority (highest first), then due date (earliest first).
	 */
	public List<String> queue(String taskDefinitionKey, String... orderNumbers) {
		return tasks.createTaskQuery()
			.processInstanceBusinessKeyIn(orderNumbers)
			.taskDefinitionKey(taskDefinitionKey)
			.orderByTaskPriority()
			.desc()
			.orderByDueDate()
			.asc()
			.list()
			.stream()
			.map(task -> runtime.createProcessInstanceQuery()
				.processInstanceId(task.getProcessInstanceId())
				.singleResult()
				.getBusinessKey())
			.toList();
	}

	public List<String> candidateGroups(Task task) {
		List<String> groups = new ArrayList<>();
		tasks.getIdentityLinksForTask(task.getId()).forEach(link -> {
			if (link.getGroupId() != null) {
				groups.add(link.getGroupId());
			}
		});
		return groups;
	}

	/** Completes the task as the system, with no user's authorizations in the way. */
	public void complete(Task task, Map<String, Object> variables) {
		tasks.complete(task.getId(), variables);
	}

	public void complete(Task task) {
		tasks.complete(task.getId());
	}

	/**
	 * Completes every open pick, pack and hand-over task of the order and runs what
	 * follows.
	 */
	public void shipAllOpenTasks(String orderNumber) {
		openTasks(orderNumber, "pickItems").forEach(this::pickAll);
		openTasks(orderNumber, "packOrder").forEach(this::pack);
		runJobs();
		handOver(orderNumber);
	}

	/** The picker found every line in full. */
	public void pickAll(Task pick) {
		complete(pick, Map.of("allItemsPicked", true));
	}

	/**
	 * The packer weighs the parcel at what its lines weigh, as the pack form shows it.
	 */
	public void pack(Task pack) {
		complete(pack, Map.of("parcelWeightGrams", expectedWeight(pack)));
	}

	/** The expected weight the pack form shows, in grams. */
	public int expectedWeight(Task pack) {
		String shown = (String) tasks.getVariableLocal(pack.getId(), "expectedWeight");
		return Integer.parseInt(shown.replace(" g", ""));
	}

	/**
	 * Completes every open "Print label and hand over" task of the order and runs what
	 * follows.
	 */
	public void handOver(String orderNumber) {
		openTasks(orderNumber, "handOverParcel").forEach(handOver -> complete(handOver, Map.of("handedOver", true)));
		runJobs();
	}

	private List<Job> ownDueJobs() {
		Set<String> instances = new HashSet<>();
		ownBusinessKeys.get().forEach(key -> instances.addAll(instancesOf(key)));
		if (instances.isEmpty()) {
			return List.of();
		}
		return management.createJobQuery().executable().processInstanceIds(instances).list();
	}

	private List<String> instancesOf(String businessKey) {
		return runtime.createProcessInstanceQuery()
			.processInstanceBusinessKey(businessKey)
			.list()
			.stream()
			.map(ProcessInstance::getId)
			.toList();
	}

}
