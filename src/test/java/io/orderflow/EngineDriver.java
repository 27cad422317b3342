package io.orderflow;

import java.util.List;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;

/**
 * Plays the job executor in Spring Boot tests (which run without one): asynchronous steps run when the test says so,
 * one by one, with deterministic results.
 */
public final class EngineDriver {

	private final ManagementService management;

	private final RuntimeService runtime;

	public EngineDriver(ManagementService management, RuntimeService runtime) {
		this.management = management;
		this.runtime = runtime;
	}

	/** Runs the asynchronous steps that are due, as the job executor would, until none are left. */
	public void runJobs() {
		for (int round = 0; round < 20; round++) {
			List<Job> due = management.createJobQuery().executable().list();
			if (due.isEmpty()) {
				return;
			}
			due.forEach(job -> management.executeJob(job.getId()));
		}
		throw new AssertionError("Jobs keep coming after 20 rounds");
	}

	/** The job waiting at an activity in any process instance of the order (its business key). */
	public Job jobAt(String orderNumber, String activityId) {
		List<String> instances = runtime.createProcessInstanceQuery()
			.processInstanceBusinessKey(orderNumber)
			.list()
			.stream()
			.map(ProcessInstance::getId)
			.toList();
		return management.createJobQuery()
			.activityId(activityId)
			.list()
			.stream()
			.filter(job -> instances.contains(job.getProcessInstanceId()))
			.findFirst()
			.orElseThrow(() -> new AssertionError("No job at " + activityId + " for " + orderNumber));
	}

}
