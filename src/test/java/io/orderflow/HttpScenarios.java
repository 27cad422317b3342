package io.orderflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * Base of the HTTP scenarios: the whole application on a random port with the demo users,
 * orders placed and read over HTTP ({@link #api}), staff's tasks and the asynchronous
 * steps driven through the engine ({@link #engine}), and what Orderflow stored checked in
 * its tables ({@link #books}).
 * <p>
 * All subclasses on H2 share one Spring context, and all on PostgreSQL
 * ({@link OnPostgres}) another: one database and one engine for every test of the suite.
 * So a test orders products it created, runs only its own orders' jobs, and compares
 * counts over all orders only before and after its own request. A subclass adds no
 * configuration (no mock beans, properties, imports or profiles): that would start a
 * context of its own. A test that needs another configuration is a Spring test class of
 * its own, like {@code CaptureCrashSafetyTest}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({ "demo", "test" })
public abstract class HttpScenarios {

	@Autowired
	private TestRestTemplate anonymous;

	@Autowired
	private ProcessEngine processEngine;

	@Autowired
	protected JdbcClient jdbc;

	protected OrderflowApi api;

	protected EngineDriver engine;

	protected Books books;

	@BeforeEach
	void drivers() {
		api = new OrderflowApi(anonymous);
		engine = new EngineDriver(processEngine, api::businessKeys);
		books = new Books(jdbc);
	}

	/**
	 * A product of its own for one test, with stock received in BER and LEJ through the
	 * API.
	 */
	protected String newProduct(String price, int inBerlin, int inLeipzig) {
		String sku = TestProducts.create(jdbc, price);
		for (String warehouse : TestProducts.WAREHOUSES) {
			int quantity = warehouse.equals("BER") ? inBerlin : inLeipzig;
			if (quantity > 0) {
				assertThat(api.receive(sku, warehouse, quantity).getStatusCode()).isEqualTo(HttpStatus.OK);
			}
			else {
				TestProducts.noStock(jdbc, sku, warehouse);
			}
		}
		return sku;
	}

	/**
	 * Places the order and takes it to DELIVERED: warehouse tasks done, every parcel
	 * reported delivered by the carrier.
	 */
	protected String delivered(NewOrder order) {
		String orderNumber = api.placed(order);
		engine.runJobs();
		engine.shipAllOpenTasks(orderNumber);
		for (JsonNode shipment : api.order(orderNumber).get("shipments")) {
			assertThat(api.carrierEvent(shipment.get("trackingNumber").asText(), "DELIVERED").getStatusCode())
				.isEqualTo(HttpStatus.OK);
		}
		engine.runJobs();
		assertThat(api.status(orderNumber)).isEqualTo("DELIVERED");
		return orderNumber;
	}

	/** One unit of the SKU comes back damaged and is refunded. */
	protected void refunded(String orderNumber, String sku) {
		ResponseEntity<String> requested = api.requestReturn(orderNumber,
				NewReturn.of("DAMAGED", NewOrder.line(sku, 1)).saying("Broken"));
		assertThat(requested.getStatusCode()).as(requested.getBody()).isEqualTo(HttpStatus.CREATED);
		engine.runJobs();
		String returnNumber = OrderflowApi.json(requested).get("returnNumber").asText();
		assertThat(api.receiveReturn(returnNumber).getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
		engine.complete(engine.task(returnNumber, "inspectReturn"), Map.of("itemCondition", "DAMAGED"));
		engine.runJobs();
		assertThat(api.returnDetails(returnNumber).get("status").asText()).isEqualTo("REFUNDED");
	}

	/** The types of the order's timeline entries, oldest first. */
	protected static List<String> timelineTypes(JsonNode order) {
		return order.get("timeline").findValuesAsText("type");
	}

}
