package io.orderflow.shipping;

import static io.orderflow.NewOrder.line;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import io.orderflow.HttpScenarios;
import io.orderflow.NewOrder;
import io.orderflow.OrderflowApi.CarrierReport;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Parcels that go wrong, from the carrier's report to customer service's decision in
 * Tasklist, with stock checked against its journal and money against the provider's
 * ledger.
 */
abstract class DeliveryProblemScenarios extends HttpScenarios {

	// Shortly before the test's parcels get their labels: within the carrier's allowed
	// clock skew, so the events are accepted as theirs.
	final Instant EARLIER = Instant.now().minus(2, ChronoUnit.MINUTES);

	final Instant LATER = Instant.now().minus(1, ChronoUnit.MINUTES);

	@Test
	void lostParcelIsReshippedFromTasklistWithStockFromTheJournalAndNoNewCharge() {
		String sku = newProduct("20.00", 10, 0);
		String orderNumber = shippedOrder(sku, 2);
		String lost = tracking(orderNumber, 0);
		BigDecimal captured = books.capturedTotal(orderNumber);

		assertThat(api.carrierEvent(lost, "LOST", LATER, null).getBody()).contains("\"shipmentStatus\":\"LOST\"");
		var task = engine.task(orderNumber, "investigateDelivery");
		assertThat(engine.candidateGroups(task)).containsExactly("customer-service");
		engine.complete(task, Map.of("deliveryResolution", "RESHIP"));
		engine.runJobs();

		JsonNode order = api.order(orderNumber);
		assertThat(order.at("/shipments/0/status").asText()).isEqualTo("RESHIPPED");
		String reshipped = tracking(orderNumber, 1);
		assertThat(reshipped).isNotEqualTo(lost);
		assertThat(books.onHand(sku, "BER")).isEqualTo(6);
		assertThat(books.reserved(sku, "BER")).isZero();
		books.assertJournalMatchesLevels(sku);
		assertThat(books.capturedTotal(orderNumber)).isEqualByComparingTo(captured);
		assertThat(books.ledgerEntries(orderNumber, "REFUND")).isZero();

		api.carrierEvent(reshipped, "DELIVERED", LATER, "Ada");
		engine.runJobs();
		assertThat(api.status(orderNumber)).isEqualTo("DELIVERED");
	}

	@Test
	void lostParcelIsRefundedAndAnOrderOfWhichNothingArrivedCloses() {
		String sku = newProduct("20.00", 10, 0);
		String orderNumber = shippedOrder(sku, 2);
		BigDecimal grandTotal = api.order(orderNumber).at("/totals/grandTotal").decimalValue();

		api.carrierEvent(tracking(orderNumber, 0), "LOST", LATER, null);
		engine.complete(engine.task(orderNumber, "investigateDelivery"), Map.of("deliveryResolution", "REFUND"));
		engine.runJobs();

		assertThat(books.capturedTotal(orderNumber)).isEqualByComparingTo(grandTotal);
		assertThat(books.refundedTotal(orderNumber)).isEqualByComparingTo(grandTotal);
		assertThat(books.ledgerEntries(orderNumber, "REFUND")).isEqualTo(1);
		JsonNode order = api.order(orderNumber);
		assertThat(order.get("status").asText()).isEqualTo("COMPLETED");
		assertThat(order.get("paymentStatus").asText()).isEqualTo("REFUNDED");
		assertThat(order.at("/shipments/0/status").asText()).isEqualTo("REFUNDED");
		assertThat(books.onHand(sku, "BER")).isEqualTo(8);
		books.assertJournalMatchesLevels(sku);
	}

	@Test
	void lostParcelOfASplitOrderRefundsItsShareAndTheRestIsDelivered() {
		String sku = newProduct("30.00", 1, 1);
		String orderNumber = shippedOrder(sku, 2);
		JsonNode order = api.order(orderNumber);
		BigDecimal grandTotal = order.at("/totals/grandTotal").decimalValue();
		assertThat(order.get("shipments")).hasSize(2);

		api.carrierEvent(tracking(orderNumber, 0), "DELIVERED", LATER, null);
		api.carrierEvent(tracking(orderNumber, 1), "LOST", LATER, null);
		engine.complete(engine.task(orderNumber, "investigateDelivery"), Map.of("deliveryResolution", "REFUND"));
		engine.runJobs();

		BigDecimal half = grandTotal.divide(BigDecimal.valueOf(2), 2, RoundingMode.HALF_UP);
		assertThat(books.refundedTotal(orderNumber)).isEqualByComparingTo(half);
		assertThat(api.status(orderNumber)).isEqualTo("DELIVERED");
		assertThat(api.order(orderNumber).get("paymentStatus").asText()).isEqualTo("PARTIALLY_REFUNDED");
	}

	@Test
	void parcelReturnedToSenderIsRestockedThenRefundedOrReshippedAsTheCustomerChooses() {
		String sku = newProduct("20.00", 10, 0);
		String refunded = shippedOrder(sku, 2);
		String reshipped = shippedOrder(sku, 3);
		assertThat(books.onHand(sku, "BER")).isEqualTo(5);

		api.carrierEvent(tracking(refunded, 0), "RETURNED_TO_SENDER", LATER, null);
		engine.complete(engine.task(refunded, "investigateDelivery"),
				Map.of("deliveryResolution", "RETURN_TO_STOCK", "afterRestock", "REFUND"));
		api.carrierEvent(tracking(reshipped, 0), "RETURNED_TO_SENDER", LATER, null);
		engine.complete(engine.task(reshipped, "investigateDelivery"),
				Map.of("deliveryResolution", "RETURN_TO_STOCK", "afterRestock", "RESHIP"));
		engine.runJobs();

		// 2 back for good, 3 back and out again
		assertThat(books.onHand(sku, "BER")).isEqualTo(7);
		assertThat(books.reserved(sku, "BER")).isZero();
		books.assertJournalMatchesLevels(sku);
		assertThat(books.refundedTotal(refunded))
			.isEqualByComparingTo(api.order(refunded).at("/totals/grandTotal").decimalValue());
		assertThat(books.ledgerEntries(reshipped, "REFUND")).isZero();
		assertThat(api.order(reshipped).get("shipments")).hasSize(2);
	}

	@Test
	void waitGivesTheCarrierMoreTimeAndALateDeliveryStillCounts() {
		String orderNumber = shippedOrder(newProduct("20.00", 5, 0), 1);
		String trackingNumber = tracking(orderNumber, 0);

		api.carrierEvent(trackingNumber, "EXCEPTION", EARLIER, null);
		engine.complete(engine.task(orderNumber, "investigateDelivery"),
				Map.of("deliveryResolution", "WAIT", "waitDays", 3));
		engine.runJobs();

		assertThat(engine.openTasks(orderNumber, "investigateDelivery")).isEmpty();
		api.carrierEvent(trackingNumber, "DELIVERED", LATER, null);
		engine.runJobs();
		assertThat(api.status(orderNumber)).isEqualTo("DELIVERED");
	}

	@Test
	void parcelNotDeliveredByItsPromisedDatePlusGraceIsInvestigated() {
		String orderNumber = shippedOrder(newProduct("20.00", 5, 0), 1);
		engine.execute(engine.jobAt(orderNumber, "deliveryOverdue"));
		assertThat(engine.openTasks(orderNumber, "investigateDelivery")).isEmpty();

		// promised three days ago; STANDARD's grace is two days
		jdbc.sql("update shipment set expected_delivery_date = ? where order_number = ?")
			.params(LocalDate.now().minusDays(3), orderNumber)
			.update();
		engine.execute(engine.jobAt(orderNumber, "deliveryOverdue"));

		assertThat(engine.openTasks(orderNumber, "investigateDelivery")).hasSize(1);
	}

	/**
	 * A report dated days before the parcel got its label cannot be about it (a reused
	 * tracking number, a replayed old event) and would start the return window in the
	 * past.
	 */
	@Test
	void carrierEventDatedBeforeTheParcelsLabelIsRefusedAndNothingIsStored() {
		String orderNumber = shippedOrder(newProduct("20.00", 5, 0), 1);

		ResponseEntity<String> answer = api.carrierEvent(tracking(orderNumber, 0), "DELIVERED",
				Instant.now().minus(2, ChronoUnit.DAYS), null);

		assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(answer.getBody()).contains("\"field\":\"occurredAt\"");
		assertThat(events(orderNumber)).isZero();
		assertThat(api.status(orderNumber)).isEqualTo("SHIPPED");
		assertThat(api.order(orderNumber).at("/shipments/0/status").asText()).isNotEqualTo("DELIVERED");
	}

	@Test
	void carrierEventInTheFutureIsRefusedAndNothingIsStored() {
		String orderNumber = shippedOrder(newProduct("20.00", 5, 0), 1);

		ResponseEntity<String> answer = api.carrierEvent(tracking(orderNumber, 0), "DELIVERED",
				Instant.now().plus(1, ChronoUnit.HOURS), null);

		assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(answer.getBody()).contains("\"field\":\"occurredAt\"");
		assertThat(events(orderNumber)).isZero();
		assertThat(api.status(orderNumber)).isEqualTo("SHIPPED");
	}

	@Test
	void duplicateAndOutOfOrderEventsChangeNothing() {
		String orderNumber = shippedOrder(newProduct("20.00", 5, 0), 1);
		String trackingNumber = tracking(orderNumber, 0);

		api.carrierEvent(trackingNumber, "OUT_FOR_DELIVERY", LATER, null);
		ResponseEntity<String> late = api.carrierEvent(trackingNumber, "IN_TRANSIT", EARLIER, null);
		// the carrier sends it again: another delivery of the webhook, the same event
		ResponseEntity<String> again = api
			.carrierEvent(new CarrierReport(trackingNumber, "IN_TRANSIT", EARLIER, null, "resent"));

		assertThat(late.getBody()).contains("\"shipmentStatus\":\"OUT_FOR_DELIVERY\"");
		assertThat(again.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(again.getBody()).contains("\"duplicate\":true");
		assertThat(events(orderNumber)).isEqualTo(2);

		api.carrierEvent(trackingNumber, "DELIVERED", LATER.plusSeconds(60), null);
		engine.runJobs();
		ResponseEntity<String> afterDelivery = api.carrierEvent(trackingNumber, "IN_TRANSIT", LATER.plusSeconds(120),
				null);
		assertThat(afterDelivery.getBody()).contains("\"shipmentStatus\":\"DELIVERED\"");
		assertThat(api.order(orderNumber).at("/shipments/0/status").asText()).isEqualTo("DELIVERED");
		assertThat(api.status(orderNumber)).isEqualTo("DELIVERED");
	}

	@Test
	void parcelThatRequiresASignatureIsDeliveredOnlyWithOne() {
		String orderNumber = shippedOrder(newProduct("20.00", 5, 0), 1);
		String trackingNumber = tracking(orderNumber, 0);
		jdbc.sql("update shipment set signature_required = true where order_number = ?").param(orderNumber).update();

		ResponseEntity<String> unsigned = api.carrierEvent(trackingNumber, "DELIVERED", EARLIER, null);
		engine.runJobs();

		assertThat(unsigned.getBody()).contains("\"shipmentStatus\":\"DELIVERY_ATTEMPTED\"");
		assertThat(api.status(orderNumber)).isEqualTo("SHIPPED");

		ResponseEntity<String> signed = api.carrierEvent(trackingNumber, "DELIVERED", LATER, "A. Lovelace");
		engine.runJobs();
		assertThat(signed.getBody()).contains("\"shipmentStatus\":\"DELIVERED\"");
		assertThat(api.status(orderNumber)).isEqualTo("DELIVERED");
	}

	private String shippedOrder(String sku, int quantity) {
		String orderNumber = api.placed(NewOrder.of(line(sku, quantity)));
		engine.runJobs();
		engine.shipAllOpenTasks(orderNumber);
		assertThat(api.status(orderNumber)).isEqualTo("SHIPPED");
		return orderNumber;
	}

	private String tracking(String orderNumber, int shipment) {
		return api.order(orderNumber).at("/shipments/" + shipment + "/trackingNumber").asText();
	}

	private int events(String orderNumber) {
		return jdbc
			.sql("select count(*) from carrier_event e join shipment s on s.id = e.shipment_id"
					+ " where s.order_number = ?")
			.param(orderNumber)
			.query(Integer.class)
			.single();
	}

}
