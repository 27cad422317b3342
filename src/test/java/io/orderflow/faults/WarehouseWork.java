package io.orderflow.faults;

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
final class WarehouseWork {

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

	WarehouseWork(ClusterClient cluster, ExecutorService workers) {
		this.cluster = cluster;
		this.workers = workers;
	}

	/** Completes the warehouse tasks open now; returns how many were completed. */
	int completeOpenTasks() throws InterruptedException {
		List<Callable<Boolean>> work = new ArrayList<>();
		TASKS.forEach((definition, variables) -> {
			ClusterClient.Response open = cluster
				.get("/engine-rest/task?taskDefinitionKey=" + definition + "&maxResults=200", ClusterClient.WAREHOUSE);
			if (!open.ok()) {
				return;
			}
			open.json().forEach(task -> work.add(() -> complete(task.get("id").asText(), variables)));
		});
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

	/**
	 * Claims and completes one task. A task another attempt completed already is gone
	 * (404 or 500 from the engine): the next round will not see it again.
	 */
	private boolean complete(String taskId, String variables) {
		ClusterClient.Response claim = cluster.post("/engine-rest/task/" + taskId + "/claim", ClusterClient.WAREHOUSE,
				"{\"userId\":\"wendy\"}", null);
		if (!claim.ok()) {
			return false;
		}
		return cluster.post("/engine-rest/task/" + taskId + "/complete", ClusterClient.WAREHOUSE, variables, null).ok();
	}

}
