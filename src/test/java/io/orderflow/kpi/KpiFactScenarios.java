package io.orderflow.kpi;

import static io.orderflow.NewOrder.line;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import io.orderflow.HttpScenarios;
import io.orderflow.NewOrder;
import io.orderflow.order.OrderEventType;
import io.orderflow.returns.ReturnEvent;
import io.orderflow.returns.ReturnReason;
import io.orderflow.shipping.ShipmentEvent;
import io.orderflow.workflow.CancellationCause;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;

/**
 * The facts come from real orders run through the real processes: placed over the API,
 * picked, packed and handed over as staff would, delivered by the carrier's report,
 * returned and refunded.
 */
abstract class KpiFactScenarios extends HttpScenarios {

	static final Duration PATIENCE = Duration.ofSeconds(20);

	@Autowired
	KpiFactRepository facts;

	@Autowired
	KpiFactRecorder recorder;

	@Test
	void aSplitOrderDeliveredAndReturnedDamagedHasItsTimesWarehousesParcelsAndReturn() {
		String sku = newProduct("20.00", 1, 1);
		String orderNumber = delivered(NewOrder.of(line(sku, 2)));
		refunded(orderNumber, sku);

		OrderFact fact = await().atMost(PATIENCE)
			.until(() -> facts.find(orderNumber).orElse(null), found -> found != null && found.deliveredAt() != null
					&& !found.returns().isEmpty() && found.returns().get(0).refundedValue() != null);
		assertThat(fact.unitCount()).isEqualTo(2);
		assertThat(fact.warehouses()).containsExactly("BER", "LEJ");
		assertThat(fact.parcels()).hasSize(2);
		assertThat(fact.handedOverAt()).isAfterOrEqualTo(fact.placedAt()).isBeforeOrEqualTo(fact.deliveredAt());
		assertThat(fact.promisedDate()).isNotNull();
		assertThat(fact.taskMinutes()).isNotNull();
		assertThat(fact.returns().get(0).reason()).isEqualTo(ReturnReason.DAMAGED);
		assertThat(fact.returns().get(0).returnedValue()).isEqualByComparingTo("20.00");
		assertThat(KpiFigures.damageFree(fact)).isFalse();
	}

	@Test
	void aRedeliveredEventCountsOnce() {
		String sku = newProduct("20.00", 1, 1);
		String orderNumber = delivered(NewOrder.of(line(sku, 2)));
		refunded(orderNumber, sku);
		OrderFact before = await().atMost(PATIENCE)
			.until(() -> facts.find(orderNumber).orElse(null),
					found -> found != null && found.parcels().size() == 2 && found.returns().size() == 1);
		JsonNode order = api.order(orderNumber);
		OrderFact.Parcel parcel = before.parcels().get(0);
		OrderFact.Return returned = before.returns().get(0);

		recorder.record(new ShipmentEvent(UUID.randomUUID(), OrderEventType.SHIPMENT_SHIPPED, orderNumber,
				OffsetDateTime.now(), parcel.shipmentKey(), parcel.carrier(), parcel.service(),
				order.at("/shipments/0/trackingNumber").asText(), null));
		recorder.record(new ReturnEvent(UUID.randomUUID(), OrderEventType.RETURN_RECEIVED, orderNumber,
				OffsetDateTime.now(), returned.returnNumber(), "again"));
		recorder.record(new io.orderflow.order.OrderChanged(UUID.randomUUID(), OrderEventType.ORDER_DELIVERED,
				orderNumber, OffsetDateTime.now().plusDays(3), null, null, null, null, null));

		OrderFact after = facts.find(orderNumber).orElseThrow();
		assertThat(after.parcels()).isEqualTo(before.parcels());
		assertThat(after.returns()).isEqualTo(before.returns());
		assertThat(after.deliveredAt()).isEqualTo(before.deliveredAt());
	}

	@Test
	void aCancelledOrderKeepsItsCause() {
		String orderNumber = api.placed(NewOrder.of(line(newProduct("9.00", 0, 0), 1)));
		engine.runJobs();
		assertThat(api.cancel(orderNumber, "No longer needed").getStatusCode()).isEqualTo(HttpStatus.OK);
		engine.runJobs();

		OrderFact fact = await().atMost(PATIENCE)
			.until(() -> facts.find(orderNumber).orElse(null), found -> found != null && found.cancelledAt() != null);
		assertThat(fact.cancellationCause()).isEqualTo(CancellationCause.CANCELLATION_REQUESTED);
		assertThat(fact.backordered()).isTrue();
		assertThat(fact.deliveredAt()).isNull();
	}

}
