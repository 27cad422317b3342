package io.orderflow.shipping;

import static io.orderflow.NewOrder.line;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import io.orderflow.HttpScenarios;
import io.orderflow.NewOrder;
import io.orderflow.OrderflowApi.CarrierEvent;
import io.orderflow.OrderflowApi;
import io.orderflow.security.PartnerSignature;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Parcels as the carrier reports them over its signed webhook: deliveries count even when
 * reported early, replays are acknowledged but acted on once, and unsigned, stale or
 * unknown reports change nothing.
 */
abstract class ShippingScenarios extends HttpScenarios {

	@Test
	void deliveryReportedBeforeTheDeliveryStageStartedIsNotLost() {
		String orderNumber = api.placed(NewOrder.of(line(newProduct("24.50", 5, 0), 1)));
		engine.runJobs();
		engine.pickAll(engine.task(orderNumber, "pickItems"));
		engine.pack(engine.task(orderNumber, "packOrder"));
		engine.execute(engine.jobAt(orderNumber, "createShipment"));
		engine.complete(engine.task(orderNumber, "handOverParcel"), Map.of("handedOver", true));
		String trackingNumber = api.order(orderNumber).at("/shipments/0/trackingNumber").asText();

		assertThat(api.carrierEvent(trackingNumber, "DELIVERED").getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(api.status(orderNumber)).isEqualTo("SHIPPED");
		engine.runJobs();

		assertThat(api.status(orderNumber)).isEqualTo("DELIVERED");
	}

	/**
	 * The shopper's 30 days to return start when the carrier says the parcel arrived, not
	 * when Orderflow heard of it: a delivery reported two days late closes the window two
	 * days earlier.
	 */
	@Test
	void returnWindowCountsFromTheDeliveryTimeTheCarrierReported() {
		Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);

		Date closesAfterDeliveryNow = returnWindowClosesAfterDeliveryAt(now);
		Date closesAfterDeliveryTwoDaysAgo = returnWindowClosesAfterDeliveryAt(now.minus(2, ChronoUnit.DAYS));

		assertThat(Duration.between(closesAfterDeliveryTwoDaysAgo.toInstant(), closesAfterDeliveryNow.toInstant()))
			.isEqualTo(Duration.ofDays(2));
	}

	private Date returnWindowClosesAfterDeliveryAt(Instant occurredAt) {
		String orderNumber = api.placed(NewOrder.of(line(newProduct("24.50", 5, 0), 1)));
		engine.runJobs();
		engine.pickAll(engine.task(orderNumber, "pickItems"));
		engine.pack(engine.task(orderNumber, "packOrder"));
		engine.runJobs();
		engine.handOver(orderNumber);
		String trackingNumber = api.order(orderNumber).at("/shipments/0/trackingNumber").asText();
		// The parcel was labelled before the delivery two days ago, as it would have
		// been.
		jdbc.sql("update shipment set created_at = ? where tracking_number = ?")
			.params(OffsetDateTime.now(ZoneOffset.UTC).minusDays(3), trackingNumber)
			.update();

		assertThat(api.carrierEvent(trackingNumber, "DELIVERED", occurredAt, null).getStatusCode())
			.isEqualTo(HttpStatus.OK);
		engine.runJobs();
		assertThat(api.status(orderNumber)).isEqualTo("DELIVERED");
		return engine.jobAt(orderNumber, "returnWindowClosed").getDuedate();
	}

	/**
	 * A split order: the first parcel is delivered, and the second one too, before its
	 * hand-over ends the warehouse work and the delivery stage starts at all. Nothing
	 * more comes from the carrier afterwards, so only the reports kept can deliver the
	 * order.
	 */
	@Test
	void deliveriesOfASplitOrderReportedWhileAWarehouseStillWorksAreKeptAndCounted() {
		String orderNumber = api.placed(NewOrder.of(line(newProduct("19.00", 1, 1), 2)));
		engine.runJobs();
		List<Task> picks = engine.openTasks(orderNumber, "pickItems");
		assertThat(picks).as("one pick per warehouse").hasSize(2);

		engine.pickAll(picks.get(0));
		engine.pack(engine.task(orderNumber, "packOrder"));
		engine.runJobs();
		engine.handOver(orderNumber);
		String first = api.order(orderNumber).at("/shipments/0/trackingNumber").asText();
		assertThat(api.carrierEvent(first, "DELIVERED").getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(engine.openTasks(orderNumber, "pickItems")).as("the other warehouse still picks").hasSize(1);

		engine.pickAll(picks.get(1));
		engine.pack(engine.task(orderNumber, "packOrder"));
		engine.runJobs();
		JsonNode shipments = api.order(orderNumber).get("shipments");
		assertThat(shipments).hasSize(2);
		String second = shipments.findValuesAsText("trackingNumber")
			.stream()
			.filter(tracking -> !tracking.equals(first))
			.findFirst()
			.orElseThrow();
		assertThat(api.carrierEvent(second, "DELIVERED").getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(api.status(orderNumber)).isNotEqualTo("DELIVERED");

		engine.handOver(orderNumber);

		JsonNode order = api.order(orderNumber);
		assertThat(order.get("status").asText()).isEqualTo("DELIVERED");
		assertThat(order.get("shipments").findValuesAsText("status")).containsOnly("DELIVERED");
		assertThat(timelineTypes(order).stream().filter("CARRIER_DELIVERED"::equals)).hasSize(2);
	}

	@Test
	void carrierEventWithoutAValidSignatureIsRefusedAndChangesNothing() {
		byte[] body = OrderflowApi
			.body(new CarrierEvent("DHL0000", "DELIVERED", Instant.parse("2026-01-01T10:00:00Z")));
		String now = String.valueOf(Instant.now().getEpochSecond());
		String tenMinutesAgo = String.valueOf(Instant.now().minusSeconds(600).getEpochSecond());
		String path = OrderflowApi.CARRIER_EVENTS;
		String secret = OrderflowApi.CARRIER_SECRET;

		assertThat(api.postWebhook(path, body, now, null).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
		assertThat(api.postWebhook(path, body, now, "sha256=" + "0".repeat(64)).getStatusCode())
			.isEqualTo(HttpStatus.UNAUTHORIZED);
		assertThat(api.postWebhook(path, body, now, PartnerSignature.sign(now, body, "wrong-secret")).getStatusCode())
			.isEqualTo(HttpStatus.UNAUTHORIZED);
		assertThat(api.postWebhook(path, body, null, PartnerSignature.sign(now, body, secret)).getStatusCode())
			.isEqualTo(HttpStatus.UNAUTHORIZED);
		assertThat(api.postWebhook(path, body, tenMinutesAgo, PartnerSignature.sign(tenMinutesAgo, body, secret))
			.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
	}

	@Test
	void replayedCarrierDeliveryIsAcknowledgedButActedOnOnce() {
		String orderNumber = api.placed(NewOrder.of(line(newProduct("24.50", 5, 0), 1)));
		engine.runJobs();
		engine.shipAllOpenTasks(orderNumber);
		String trackingNumber = api.order(orderNumber).at("/shipments/0/trackingNumber").asText();
		byte[] body = OrderflowApi.body(new CarrierEvent(trackingNumber, "IN_TRANSIT", Instant.now()));
		String timestamp = String.valueOf(Instant.now().getEpochSecond());
		String signature = PartnerSignature.sign(timestamp, body, OrderflowApi.CARRIER_SECRET);

		ResponseEntity<String> first = api.postWebhook(OrderflowApi.CARRIER_EVENTS, body, timestamp, signature);
		ResponseEntity<String> replayed = api.postWebhook(OrderflowApi.CARRIER_EVENTS, body, timestamp, signature);

		assertThat(first.getBody()).contains("\"replay\":false");
		assertThat(replayed.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(replayed.getBody()).contains("\"replay\":true");
		assertThat(timelineTypes(api.order(orderNumber)).stream().filter("CARRIER_IN_TRANSIT"::equals)).hasSize(1);
	}

	@Test
	void carrierEventForAnUnknownTrackingNumberIsNotFound() {
		assertThat(api.carrierEvent("NO-SUCH-PARCEL", "IN_TRANSIT").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
	}

}
