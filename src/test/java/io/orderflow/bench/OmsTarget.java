package io.orderflow.bench;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import io.orderflow.drive.ClusterClient;

/**
 * The OMS as its shop and carrier see it: orders placed on {@code /api/orders} with an
 * {@code Idempotency-Key}, shipped orders found by status, signed {@code DELIVERED}
 * events per tracking number.
 */
final class OmsTarget extends Target {

	static final String CARRIER_SECRET = "dev-carrier-secret";

	static final String SKU = "MUG-CER-350";

	OmsTarget(ClusterClient client) {
		super("oms", client);
	}

	@Override
	String place(String run, int n) {
		String key = run + "-" + n;
		String body = """
				{"channel":"WEB","customer":{"id":"B-%1$s","name":"Bench %1$s","email":"b-%1$s@example.com"},
				 "shippingAddress":{"name":"Bench %1$s","line1":"Main St 1","city":"Berlin","postalCode":"10115","country":"DE"},
				 "lines":[{"sku":"%2$s","quantity":%3$d}],"shippingMethod":"STANDARD","payment":{"method":"CARD","token":"tok_visa"}}"""
			.formatted(key, SKU, 1 + n % 3);
		ClusterClient.Response response = client().post("/api/orders", ClusterClient.SHOP, body, key);
		if (response.status() != 201) {
			throw new IllegalStateException("Order " + key + " answered " + response.status() + ": " + response.body());
		}
		String location = response.header("Location");
		return location.substring(location.lastIndexOf('/') + 1);
	}

	@Override
	List<Shipped> shipped(Set<String> inFlight) {
		List<Shipped> shipped = new ArrayList<>();
		for (int page = 0;; page++) {
			JsonNode answer = answer(
					client().get("/api/orders?status=SHIPPED&size=100&page=" + page, ClusterClient.SHOP));
			for (JsonNode order : answer.get("content")) {
				String number = order.get("orderNumber").asText();
				if (inFlight.contains(number)) {
					List<String> tracking = new ArrayList<>();
					client().get("/api/orders/" + number, ClusterClient.SHOP)
						.json()
						.path("shipments")
						.forEach(shipment -> tracking.add(shipment.get("trackingNumber").asText()));
					shipped.add(new Shipped(number, tracking));
				}
			}
			if (page + 1 >= answer.get("totalPages").asInt()) {
				return shipped;
			}
		}
	}

	@Override
	void reportDelivered(Shipped order) {
		for (String trackingNumber : order.references()) {
			String body = "{\"trackingNumber\":\"%s\",\"type\":\"DELIVERED\",\"occurredAt\":\"%s\"}"
				.formatted(trackingNumber, Instant.now().minusSeconds(2).truncatedTo(ChronoUnit.SECONDS));
			ClusterClient.Response answer = client().webhook("/api/carrier-events", CARRIER_SECRET, body);
			if (!answer.ok()) {
				throw new IllegalStateException("Carrier event answered " + answer.status() + ": " + answer.body());
			}
		}
	}

}
