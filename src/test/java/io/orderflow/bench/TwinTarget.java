package io.orderflow.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import io.orderflow.drive.ClusterClient;

/**
 * The twin baseline driven like the OMS, through the engine's REST API only: an order is
 * a started {@code order-fulfillment} instance, a shipped one is a {@code delivery}
 * instance waiting for the carrier, the delivery report is the message
 * {@code ShipmentDelivered} to that instance.
 */
final class TwinTarget extends Target {

	TwinTarget(ClusterClient client) {
		super("twin", client);
	}

	@Override
	String place(String run, int n) {
		String orderNumber = "TW-" + run + "-" + n;
		String body = "{\"businessKey\":\"%1$s\",\"variables\":{\"orderNumber\":{\"value\":\"%1$s\",\"type\":\"String\"}}}"
			.formatted(orderNumber);
		ClusterClient.Response response = client().post("/engine-rest/process-definition/key/order-fulfillment/start",
				ClusterClient.SHOP, body, null);
		if (!response.ok()) {
			throw new IllegalStateException(
					"Start of " + orderNumber + " answered " + response.status() + ": " + response.body());
		}
		return orderNumber;
	}

	@Override
	List<Shipped> shipped(Set<String> inFlight) {
		List<Shipped> shipped = new ArrayList<>();
		answer(client().get(
				"/engine-rest/process-instance?processDefinitionKey=delivery&activityIdIn=awaitCarrier&maxResults=20000",
				ClusterClient.ADMIN))
			.forEach(instance -> {
				String orderNumber = instance.path("businessKey").asText();
				if (inFlight.contains(orderNumber)) {
					shipped.add(new Shipped(orderNumber, List.of(instance.get("id").asText())));
				}
			});
		return shipped;
	}

	@Override
	void reportDelivered(Shipped order) {
		ClusterClient.Response answer = client().post("/engine-rest/message", ClusterClient.ADMIN,
				"{\"messageName\":\"ShipmentDelivered\",\"processInstanceId\":\"%s\"}"
					.formatted(order.references().get(0)),
				null);
		if (!answer.ok()) {
			throw new IllegalStateException("Message answered " + answer.status() + ": " + answer.body());
		}
	}

}
