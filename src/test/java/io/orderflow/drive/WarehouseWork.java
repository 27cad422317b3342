package io.orderflow.drive;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;

/**
 * What the warehouse clerk does in Tasklist, over the engine's REST API as {@code wendy}:
 * every open task of the warehouse is claimed and completed with what its form asks for.
 * The only place that knows the warehouse's tasks and their form variables (see
 * {@code forms/pick-items.form}, {@code forms/pack-order.form},
 * {@code forms/hand-over-parcel.form}).
 */
public final class WarehouseWork {

	/**
	 * Task definition key → the variables its form submits: every line picked in full, a
	 * weight the packer confirms, the parcel handed to the carrier.
	 */
	private static final Map<String, String> TASKS = Map.of("pickItems",
			"{\"variables\":{\"allItemsPicked\":{\"value\":true,\"type\":\"Boolean\"}}}", "packOrder",
			"{\"variables\":{\"parcelWeightGrams\":{\"value\":900,\"type\":\"Integer\"},"
					+ "\"weightConfirmed\":{\"value\":true,\"type\":\"Boolean\"}}}",
			"handOverParcel", "{\"variables\":{\"handedOver\":{\"value\":true,\"type\":\"Boolean\"}}}");

	private final ClusterClient cluster;

	private final ExecutorService workers;

	public WarehouseWork(ClusterClient cluster, ExecutorService workers) {
		this.cluster = cluster;
		this.workers = workers;
	}

	/** Completes the warehouse tasks open now; returns how many were completed. */
	public int completeOpenTasks() throws InterruptedException {
		List<Callable<Boolean>> work = new ArrayList<>();
		openTasks(200).forEach(task -> work.add(() -> complete(task)));
		int completed = 0;
		for (var result : workers.invokeAll(work)) {
			try {
				completed += result.get() ? 1 : 0;
			}
			catch (java.util.concurrent.ExecutionException e) {
				throw new IllegalStateException(e.getCause());
			}
		}
		return completed;
	}

	/** The warehouse tasks open now, up to {@code max} of each kind. */
	public List<OpenTask> openTasks(int max) {
		List<OpenTask> open = new ArrayList<>();
		TASKS.keySet().forEach(definition -> {
			ClusterClient.Response answer = cluster.get(
					"/engine-rest/task?taskDefinitionKey=" + definition + "&maxResults=" + max,
					ClusterClient.WAREHOUSE);
			if (answer.ok()) {
				answer.json()
					.forEach(task -> open.add(new OpenTask(task.get("id").asText(), definition,
							task.path("processInstanceId").asText())));
			}
		});
		return open;
	}

	/**
	 * Claims and completes one task with what its form submits. A task another attempt
	 * completed already is gone (404 or 500 from the engine): the next round will not see
	 * it again.
	 */
	public boolean complete(OpenTask task) {
		ClusterClient.Response claim = cluster.post("/engine-rest/task/" + task.id() + "/claim",
				ClusterClient.WAREHOUSE, "{\"userId\":\"wendy\"}", null);
		if (!claim.ok()) {
			return false;
		}
		return cluster
			.post("/engine-rest/task/" + task.id() + "/complete", ClusterClient.WAREHOUSE, TASKS.get(task.definition()),
					null)
			.ok();
	}

	/**
	 * An open warehouse task: its id, its kind, and the process instance it belongs to.
	 */
	public record OpenTask(String id, String definition, String processInstanceId) {
	}

}
