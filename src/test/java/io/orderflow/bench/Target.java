package io.orderflow.bench;

import java.util.List;
import java.util.Set;

import io.orderflow.drive.ClusterClient;

/**
 * The system a benchmark run drives: the OMS ({@link OmsTarget}) or its twin baseline
 * ({@link TwinTarget}). Both are driven the same way: place an order, complete its
 * warehouse tasks over {@code /engine-rest}, report its parcel delivered once it is
 * shipped, and see its order process end.
 */
interface Target {

	/** {@code oms} or {@code twin}. */
	String name();

	ClusterClient client();

	/** Places order {@code n} of a run; returns its business key (the order number). */
	String place(String run, int n);

	/**
	 * Orders shipped and waiting for the carrier, each with what its delivery report
	 * needs, among those given.
	 */
	List<Shipped> shipped(Set<String> inFlight);

	/** The carrier's last word on an order: every parcel delivered. */
	void reportDelivered(Shipped order);

	/** Business keys of the order processes still running. */
	default Set<String> running() {
		Set<String> keys = new java.util.HashSet<>();
		client()
			.get("/engine-rest/process-instance?processDefinitionKey=order-fulfillment&maxResults=20000",
					ClusterClient.ADMIN)
			.json()
			.forEach(instance -> keys.add(instance.path("businessKey").asText()));
		return keys;
	}

	/** A shipped order: its number and the references the delivery report carries. */
	record Shipped(String orderNumber, List<String> references) {
	}

}
