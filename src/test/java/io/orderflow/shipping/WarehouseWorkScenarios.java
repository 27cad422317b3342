package io.orderflow.shipping;

import static io.orderflow.NewOrder.line;
import static io.orderflow.OrderflowApi.json;
import static io.orderflow.OrderflowApi.refusal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import io.orderflow.HttpScenarios;
import io.orderflow.NewOrder;
import io.orderflow.NewReturn;
import io.orderflow.shipping.simulated.SimulatedCarrier;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The warehouse's work as it meets it, and what comes of it: the carrier the decision
 * table chooses, a label that prints and scans, the expected delivery date, a parcel
 * weight checked against its lines, urgent orders first, short picks that never ship as
 * complete, and a carrier outage that ends as an incident.
 */
abstract class WarehouseWorkScenarios extends HttpScenarios {

	@Autowired
	RuntimeService runtime;

	@Autowired
	ManagementService management;

	@Test
	void packedOrdersLabelPrintsAsPdfAndZplAndItsBarcodeScansAsItsTrackingNumber() throws Exception {
		String sku = newProduct("24.50", 5, 0);
		assertThat(api.assignBin(sku, "BER", "B-07-3").getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(api.inventory(sku).at("/warehouses/0/bin").asText()).isEqualTo("B-07-3");
		String orderNumber = api.placed(NewOrder.of(line(sku, 2)));
		engine.runJobs();
		LocalDate today = LocalDate.now(ZoneOffset.UTC);
		assertThat(LocalDate.parse(api.order(orderNumber).get("expectedDeliveryDate").asText()))
			.as("estimate before anything shipped: a day to dispatch, two in transit")
			.isEqualTo(BusinessDays.after(today, 3));

		engine.pickAll(engine.task(orderNumber, "pickItems"));
		Task pack = engine.task(orderNumber, "packOrder");
		assertThat(engine.localVariable(pack, "expectedWeight")).isEqualTo("200 g");
		assertThat((String) engine.localVariable(pack, "orderLines"))
			.contains("2 × " + sku + "  Test product " + sku + "  (bin B-07-3)");
		engine.pack(pack);
		engine.runJobs();

		Task handOver = engine.task(orderNumber, "handOverParcel");
		assertThat(engine.candidateGroups(handOver)).containsExactly("warehouse");
		JsonNode shipment = api.order(orderNumber).at("/shipments/0");
		String trackingNumber = shipment.get("trackingNumber").asText();
		assertThat(engine.localVariable(handOver, "trackingNumber")).isEqualTo(trackingNumber);
		assertThat(engine.localVariable(handOver, "carrierService")).isEqualTo("DHL Paket");
		assertThat(engine.localVariable(handOver, "labelLink"))
			.isEqualTo("/api/shipments/" + trackingNumber + "/label");
		assertThat(api.status(orderNumber)).as("not shipped before it is handed over").isEqualTo("IN_FULFILLMENT");

		ResponseEntity<byte[]> pdf = api.label(trackingNumber, MediaType.APPLICATION_PDF_VALUE, null);
		assertThat(pdf.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(pdf.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
		LabelDocuments.ReadLabel label = LabelDocuments.read(pdf.getBody());
		assertThat(label.barcode()).isEqualTo(trackingNumber);
		assertThat(label.text()).contains("Ada Lovelace", "Main St 1", "10115 Berlin", "DHL", "Paket", "Weight: 200 g",
				"Reference: " + orderNumber + "-BER-1");

		ResponseEntity<byte[]> zpl = api.label(trackingNumber, MediaType.ALL_VALUE, "zpl");
		assertThat(zpl.getHeaders().getContentType().toString()).isEqualTo("application/zpl");
		assertThat(new String(zpl.getBody(), StandardCharsets.UTF_8)).startsWith("^XA")
			.contains("^FD" + trackingNumber + "^FS");
		assertThat(api.label(trackingNumber, "application/zpl", null).getHeaders().getContentType().toString())
			.isEqualTo("application/zpl");
		ResponseEntity<byte[]> unknown = api.label("NO-SUCH-PARCEL", MediaType.APPLICATION_PDF_VALUE, null);
		assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(unknown.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(api.as("wendy").label(trackingNumber, MediaType.APPLICATION_PDF_VALUE, null).getStatusCode())
			.as("the packer opens the label from the hand-over task")
			.isEqualTo(HttpStatus.OK);
		assertThat(api.as("carla").label(trackingNumber, MediaType.APPLICATION_PDF_VALUE, null).getStatusCode())
			.as("customer service reads orders, their labels included")
			.isEqualTo(HttpStatus.OK);
		assertThat(api.as("frank").label(trackingNumber, MediaType.APPLICATION_PDF_VALUE, null).getStatusCode())
			.as("fraud analysts use Tasklist, not the API")
			.isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(api.anonymous()
			.getForEntity("/api/shipments/" + trackingNumber + "/label", byte[].class)
			.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
		assertThat(api.label(trackingNumber, MediaType.ALL_VALUE, "png").getStatusCode())
			.isEqualTo(HttpStatus.BAD_REQUEST);

		engine.handOver(orderNumber);
		JsonNode shipped = api.order(orderNumber);
		assertThat(shipped.get("status").asText()).isEqualTo("SHIPPED");
		LocalDate expected = BusinessDays.after(today, 2);
		assertThat(shipped.at("/shipments/0/expectedDeliveryDate").asText()).isEqualTo(expected.toString());
		assertThat(shipped.get("expectedDeliveryDate").asText()).isEqualTo(expected.toString());
	}

	@Test
	void carrierAndServiceComeFromTheDecisionTable() {
		String charger = newProduct("39.00", 5, 0);
		jdbc.sql("update product set hazardous = true where sku = ?").param(charger).update();
		String express = api.placed(NewOrder.of(line(newProduct("19.90", 5, 0), 1)).sentBy("EXPRESS"));
		String dangerous = api.placed(NewOrder.of(line(charger, 1)).sentBy("EXPRESS"));
		engine.runJobs();

		engine.shipAllOpenTasks(express);
		engine.shipAllOpenTasks(dangerous);

		assertThat(api.order(express).at("/shipments/0/service").asText()).isEqualTo("Express Saver");
		assertThat(api.order(express).at("/shipments/0/carrier").asText()).isEqualTo("UPS");
		assertThat(api.order(dangerous).at("/shipments/0/service").asText()).isEqualTo("Paket Gefahrgut");
		assertThat(jdbc.sql("select signature_required from shipment where order_number = ?")
			.param(dangerous)
			.query(Boolean.class)
			.single()).isTrue();
	}

	@Test
	void returnLabelPrintsFromTheSameEndpoint() throws Exception {
		String sku = newProduct("10.00", 5, 0);
		String orderNumber = api.placed(NewOrder.of(line(sku, 1)));
		engine.runJobs();
		engine.shipAllOpenTasks(orderNumber);
		api.carrierEvent(api.order(orderNumber).at("/shipments/0/trackingNumber").asText(), "DELIVERED");
		String returnNumber = json(api.requestReturn(orderNumber, NewReturn.of("DAMAGED", line(sku, 1))))
			.get("returnNumber")
			.asText();
		engine.runJobs();
		String trackingNumber = api.returnDetails(returnNumber).get("labelTrackingNumber").asText();

		LabelDocuments.ReadLabel label = LabelDocuments
			.read(api.label(trackingNumber, MediaType.APPLICATION_PDF_VALUE, null).getBody());

		assertThat(label.barcode()).isEqualTo(trackingNumber);
		assertThat(label.text()).contains("Orderflow Returns", "Ada Lovelace", "Reference: " + returnNumber);
	}

	@Test
	void warehouseTasksShowWhatToPickButNeitherTheCustomersContactNorTheOrdersValue() {
		String orderNumber = api.placed(NewOrder.of(line(newProduct("24.50", 5, 0), 1)).sentBy("EXPRESS"));
		engine.runJobs();
		Task pick = engine.task(orderNumber, "pickItems");

		assertThat(engine.localVariable(pick, "orderLines").toString()).contains("bin");
		assertThat(engine.localVariable(pick, "customerName")).isEqualTo("Ada Lovelace");
		assertThat(engine.localVariable(pick, "express").toString()).startsWith("EXPRESS — dispatch by ");
		assertThat(engine.localVariable(pick, "customer")).isNull();
		assertThat(engine.localVariable(pick, "orderTotal")).isNull();
		engine.pickAll(pick);
		Task pack = engine.task(orderNumber, "packOrder");
		assertThat(engine.localVariable(pack, "customer")).isNull();
		assertThat(engine.localVariable(pack, "orderTotal")).isNull();
	}

	@Test
	void parcelWeightThatIsNoPlainWholeNumberIsRefusedNotReadAsAnotherNumber() {
		String orderNumber = api.placed(NewOrder.of(line(newProduct("24.50", 5, 0), 1)));
		engine.runJobs();
		engine.pickAll(engine.task(orderNumber, "pickItems"));
		Task pack = engine.task(orderNumber, "packOrder");
		int expected = engine.expectedWeight(pack);

		for (Object weight : List.of("1.5", "1e3", "15 g", 1.5)) {
			assertThat(refusal(api.as("wendy").completeTask(pack.getId(), Map.of("parcelWeightGrams", weight))))
				.isEqualTo("parcelWeightGrams must be a whole number of grams from 1 to 100000, was " + weight);
		}
		assertThat(engine.openTasks(orderNumber, "packOrder")).hasSize(1);

		assertThat(api.as("wendy")
			.completeTask(pack.getId(), Map.of("parcelWeightGrams", String.valueOf(expected)))
			.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
		engine.runJobs();
		assertThat(engine.openTasks(orderNumber, "handOverParcel")).hasSize(1);
	}

	@Test
	void parcelWeightFarFromItsLinesIsRefusedUntilThePackerConfirmsIt() {
		String orderNumber = api.placed(NewOrder.of(line(newProduct("24.50", 5, 0), 1)));
		engine.runJobs();
		engine.pickAll(engine.task(orderNumber, "pickItems"));
		Task pack = engine.task(orderNumber, "packOrder");

		assertThatThrownBy(() -> engine.complete(pack, Map.of("parcelWeightGrams", 99_999_999_999L)))
			.hasMessageContaining("whole number of grams from 1 to 100000");
		assertThatThrownBy(() -> engine.complete(pack, Map.of("parcelWeightGrams", 0)))
			.hasMessageContaining("whole number of grams from 1 to 100000");
		assertThat(refusal(api.as("wendy").completeTask(pack.getId(), Map.of("parcelWeightGrams", 1000))))
			.endsWith("Weigh it again, or confirm the weight.");
		assertThat(engine.openTasks(orderNumber, "packOrder")).hasSize(1);

		engine.complete(pack, Map.of("parcelWeightGrams", 1000, "weightConfirmed", true));
		engine.runJobs();

		assertThat(jdbc.sql("select parcel_weight_grams from shipment where order_number = ?")
			.param(orderNumber)
			.query(Integer.class)
			.single()).isEqualTo(1000);
	}

	@Test
	void expressOrdersPickTaskSortsBeforeOlderStandardOnes() {
		String sku = newProduct("12.00", 10, 0);
		String olderStandard = api.placed(NewOrder.of(line(sku, 1)));
		String newerStandard = api.placed(NewOrder.of(line(sku, 1)));
		String express = api.placed(NewOrder.of(line(sku, 1)).sentBy("EXPRESS"));
		String expedited = api.placed(NewOrder.of(line(sku, 1)).sentBy("EXPEDITED"));
		engine.runJobs();

		assertThat(engine.queue("pickItems", newerStandard, express, olderStandard, expedited))
			.containsExactly(expedited, express, olderStandard, newerStandard);
		Task expressPick = engine.task(express, "pickItems");
		assertThat(expressPick.getDueDate()).isBefore(engine.task(olderStandard, "pickItems").getDueDate());
	}

	@Test
	void shortPickShipsWhatWasFoundAndTheRestWaitsForStock() {
		String sku = newProduct("10.00", 3, 0);
		String orderNumber = api.placed(NewOrder.of(line(sku, 3)));
		engine.runJobs();
		Task pick = engine.task(orderNumber, "pickItems");

		assertThat(refusal(api.as("wendy").submitForm(pick.getId(), Map.of("allItemsPicked", false))))
			.contains("report each short line");
		assertThat(refusal(
				api.as("wendy").submitForm(pick.getId(), Map.of("allItemsPicked", false, "shortPicks", sku + " 3"))))
			.isEqualTo(sku + ": 3 found is not short of the 3 on the pick list; confirm the line instead");
		assertThat(engine.openTasks(orderNumber, "pickItems")).hasSize(1);
		assertThat(books.reserved(sku, "BER")).isEqualTo(3);
		engine.complete(pick, Map.of("allItemsPicked", false, "shortPicks", sku + " 1"));
		Task pack = engine.task(orderNumber, "packOrder");
		assertThat(engine.localVariable(pack, "expectedWeight")).isEqualTo("100 g");
		engine.pack(pack);
		engine.runJobs();
		engine.handOver(orderNumber);

		JsonNode partly = api.order(orderNumber);
		assertThat(partly.get("status").asText()).isNotEqualTo("SHIPPED");
		assertThat(partly.get("shipments")).hasSize(1);
		assertThat(timelineTypes(partly)).contains("SHORT_PICK");
		assertThat(books.onHand(sku, "BER")).isZero();
		assertThat(books.reserved(sku, "BER")).isZero();
		assertThat(jdbc.sql("select sum(on_hand_delta) from stock_movement where sku = ? and movement_type = ?")
			.params(sku, "SHORT_PICK")
			.query(Integer.class)
			.single()).isEqualTo(-2);
		books.assertJournalMatchesLevels(sku);
		BigDecimal grandTotal = partly.at("/totals/grandTotal").decimalValue();
		BigDecimal capturedForOne = books.capturedTotal(orderNumber);
		assertThat(capturedForOne).isPositive().isLessThan(grandTotal);

		assertThat(api.receive(sku, "BER", 2).getStatusCode()).isEqualTo(HttpStatus.OK);
		engine.runJobs();
		engine.shipAllOpenTasks(orderNumber);

		JsonNode complete = api.order(orderNumber);
		assertThat(complete.get("status").asText()).isEqualTo("SHIPPED");
		assertThat(complete.get("shipments")).hasSize(2);
		assertThat(books.capturedTotal(orderNumber)).isEqualByComparingTo(grandTotal);
		books.assertJournalMatchesLevels(sku);
	}

	@Test
	void unitsNotFoundInOneWarehouseShipFromAnotherThatHasThem() {
		String sku = newProduct("10.00", 2, 5);
		String orderNumber = api.placed(NewOrder.of(line(sku, 2)));
		engine.runJobs();

		engine.complete(engine.task(orderNumber, "pickItems"),
				Map.of("allItemsPicked", false, "shortPicks", sku + " 1"));
		engine.pack(engine.task(orderNumber, "packOrder"));
		engine.runJobs();
		engine.handOver(orderNumber);
		Task secondPick = engine.task(orderNumber, "pickItems");
		assertThat((String) engine.localVariable(secondPick, "orderLines")).startsWith("From LEJ:").contains("1 × ");
		engine.shipAllOpenTasks(orderNumber);

		JsonNode order = api.order(orderNumber);
		assertThat(order.get("status").asText()).isEqualTo("SHIPPED");
		assertThat(order.get("shipments")).hasSize(2);
		assertThat(books.onHand(sku, "BER")).isZero();
		assertThat(books.onHand(sku, "LEJ")).isEqualTo(4);
		assertThat(books.capturedTotal(orderNumber))
			.isEqualByComparingTo(order.at("/totals/grandTotal").decimalValue());
		books.assertJournalMatchesLevels(sku);
	}

	@Test
	void warehouseThatFindsNothingShipsNothing() {
		String sku = newProduct("10.00", 2, 0);
		String orderNumber = api.placed(NewOrder.of(line(sku, 2)));
		engine.runJobs();

		engine.complete(engine.task(orderNumber, "pickItems"),
				Map.of("allItemsPicked", false, "shortPicks", sku + " 0"));
		engine.runJobs();

		assertThat(engine.openTasks(orderNumber, "packOrder")).isEmpty();
		assertThat(api.order(orderNumber).get("shipments")).isEmpty();
		assertThat(books.capturedTotal(orderNumber)).isZero();
		assertThat(books.onHand(sku, "BER")).isZero();
		books.assertJournalMatchesLevels(sku);
	}

	@Test
	void labelThatCannotBeBoughtIsRetriedAndEndsAsAnIncident() {
		NewOrder order = NewOrder.of(line(newProduct("10.00", 2, 0), 1))
			.shippedTo(new NewOrder.Address(SimulatedCarrier.OUTAGE_RECIPIENT, "Main St 1", "Berlin", "10115", "DE"));
		String orderNumber = api.placed(order);
		engine.runJobs();
		engine.pickAll(engine.task(orderNumber, "pickItems"));
		engine.pack(engine.task(orderNumber, "packOrder"));

		Job createShipment = engine.jobAt(orderNumber, "createShipment");
		for (int attempt = 0; attempt < 3; attempt++) {
			assertThatThrownBy(() -> engine.execute(createShipment)).hasStackTraceContaining("not reachable");
		}

		assertThat(runtime.createIncidentQuery().processInstanceId(createShipment.getProcessInstanceId()).count())
			.isEqualTo(1);
		assertThat(api.order(orderNumber).get("shipments")).isEmpty();
		assertThat(engine.openTasks(orderNumber, "handOverParcel")).isEmpty();
		assertThat(management.createJobQuery().jobId(createShipment.getId()).singleResult().getRetries()).isZero();
	}

}
