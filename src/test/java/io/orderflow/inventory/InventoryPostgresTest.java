package io.orderflow.inventory;

import static io.orderflow.NewOrder.line;
import static io.orderflow.OrderflowApi.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import io.orderflow.NewOrder;
import io.orderflow.OnPostgres;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Inventory on a real PostgreSQL server, as in production; there also under load, as only
 * a real server shows how concurrent reservations lock.
 */
class InventoryPostgresTest extends InventoryScenarios implements OnPostgres {

	static final int ORDERS = 200;

	static final int CLIENTS = 16;

	static final int UNITS = 50;

	@Test
	void twoHundredConcurrentOrdersForFiftyUnitsNeverOversell() throws Exception {
		String sku = newProduct("4.00", 30, 20);
		ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
		List<Future<ResponseEntity<String>>> responses = new ArrayList<>();
		for (int i = 0; i < ORDERS; i++) {
			responses.add(clients.submit(() -> api.place(NewOrder.of(line(sku, 1)))));
		}
		List<String> orderNumbers = new ArrayList<>();
		for (Future<ResponseEntity<String>> response : responses) {
			ResponseEntity<String> placed = response.get(2, TimeUnit.MINUTES);
			assertThat(placed.getStatusCode()).as(placed.getBody()).isEqualTo(HttpStatus.CREATED);
			orderNumbers.add(json(placed).get("orderNumber").asText());
		}
		clients.shutdown();
		engine.runJobs();

		assertThat(orderNumbers).doesNotHaveDuplicates().hasSize(ORDERS);
		assertThat(books.reserved(sku, "BER") + books.reserved(sku, "LEJ")).isEqualTo(UNITS);
		Map<String, Long> byStatus = jdbc
			.sql("select status, count(*) from customer_order o"
					+ " join order_line l on l.order_number = o.order_number where l.sku = ? group by status")
			.param(sku)
			.query((rs, row) -> Map.entry(rs.getString(1), rs.getLong(2)))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
		assertThat(byStatus).containsOnlyKeys("IN_FULFILLMENT", "BACKORDERED");
		assertThat(byStatus.get("IN_FULFILLMENT")).isEqualTo(UNITS);
		assertThat(byStatus.get("BACKORDERED")).isEqualTo(ORDERS - UNITS);
		assertThat(jdbc.sql("select count(*) from stock_reservation where sku = ? and status = 'ACTIVE'")
			.param(sku)
			.query(Integer.class)
			.single()).isEqualTo(UNITS);
		books.assertJournalMatchesLevels(sku);
	}

}
