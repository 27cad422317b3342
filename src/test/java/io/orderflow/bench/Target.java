package io.orderflow.bench;

import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import io.orderflow.drive.ClusterClient;

/**
 * The system a benchmark run drives: the OMS ({@link OmsTarget}) or its twin baseline
 * ({@link TwinTarget}). Both are driven the same way: place an order, complete its
 * warehouse tasks over {@code /engine-rest}, report its parcel delivered once it is
 * shipped, and see its order process end.
 */
abstract class Target {

	private final String name;

	private final ClusterClient client;

	Target(String name, ClusterClient client) {
		this.name = name;
		this.client = client;
	}

	/** {@code oms} or {@code twin}. */
	final String name() {
		return name;
	}

	final ClusterClient client() {
		return client;
	}

	/** Places order {@code n} of a run; returns its business key (the order number). */
	abstract String place(String run, int n);

	/**
	 * Orders shipped and waiting for the carrier, each with what its delivery report
	 * needs, among those given.
	 */
	abstract List<Shipped> shipped(Set<String> inFlight);

	/** The carrier's last word on an order: every parcel delivered. */
	abstract void reportDelivered(Shipped order);

	/** Business keys of the order processes still running. */
	final Set<String> running() {
		Set<String> keys = new java.util.HashSet<>();
		answer(client.get("/engine-rest/process-instance?processDefinitionKey=order-fulfillment&maxResults=20000",
				ClusterClient.ADMIN))
			.forEach(instance -> keys.add(instance.path("businessKey").asText()));
		return keys;
	}

	/** The JSON of a successful answer; anything else fails the poll, not the count. */
	static JsonNode answer(ClusterClient.Response response) {
		if (!response.ok()) {
			throw new IllegalStateException("Poll answered " + response.status() + ": " + response.body());
		}
		return response.json();
	}

	/** A shipped order: its number and the references the delivery report carries. */
	record Shipped(String orderNumber, List<String> references) {
	}

}
