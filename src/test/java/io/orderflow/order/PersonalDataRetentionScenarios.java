package io.orderflow.order;

import static io.orderflow.NewOrder.line;
import static io.orderflow.OrderflowApi.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import io.orderflow.HttpScenarios;
import io.orderflow.NewOrder;
import io.orderflow.NewOrder.Address;
import io.orderflow.NewOrder.Customer;
import io.orderflow.NewReturn;
import org.camunda.bpm.engine.HistoryService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Once an order has ended longer ago than the retention period
 * ({@code orderflow.retention.personal-data}, 90 days), who bought it is erased from
 * every copy Orderflow and its engine keep: the order, its timeline, the mails, the
 * return, the carrier's reports, the labels, the webhook bodies, the stored API answers
 * and the process history. What was sold, paid and shipped stays. Checked by scanning
 * every character column of every table, Orderflow's and the engine's alike.
 */
abstract class PersonalDataRetentionScenarios extends HttpScenarios {

	private static final Duration RETENTION = Duration.ofDays(90);

	@Autowired
	private PersonalDataRetention retention;

	@Autowired
	private HistoryService history;

	@Test
	void anOrderThatEndedLongerAgoThanTheRetentionPeriodKeepsNoTraceOfItsCustomer() throws IOException {
		Shopper erin = Shopper.named("Erin");
		Shopper kept = Shopper.named("Karl");
		JsonNode subscription = subscribeDeadReceiver();
		String completed;
		String cancelled;
		String recent;
		try {
			String sku = newProduct("21.00", 10, 0);
			completed = completedWithReturn(erin, sku);
			cancelled = api.placed(erin.order(line(sku, 1)));
			engine.runJobs();
			assertThat(api.cancel(cancelled, "Customer " + erin.name + " changed her mind").getStatusCode())
				.isEqualTo(HttpStatus.OK);
			engine.runJobs();
			assertThat(api.status(cancelled)).isEqualTo("CANCELLED");
			Instant between = Instant.now();

			NewOrder keptOrder = kept.order(line(sku, 1));
			String keptKey = "retention-" + UUID.randomUUID();
			ResponseEntity<String> keptPlaced = api.place(keptOrder, keptKey);
			assertThat(keptPlaced.getStatusCode()).as(keptPlaced.getBody()).isEqualTo(HttpStatus.CREATED);
			recent = json(keptPlaced).get("orderNumber").asText();
			engine.runJobs();
			api.cancel(recent, "Changed his mind");
			engine.runJobs();
			mailsSent(completed, cancelled, recent);
			webhooksWritten(subscription, completed, cancelled, recent);
			assertThat(columnsMentioning(erin.email)).as("before the retention period has passed").isNotEmpty();
			assertThat(historyMentioning(completed, erin)).as("task cards name the customer").isNotEmpty();
			JsonNode before = api.order(completed);

			retention.runAt(between.plus(RETENTION));

			assertThat(columnsMentioning(erin.email)).as("columns with the customer's e-mail").isEmpty();
			assertThat(columnsMentioning(erin.name)).as("columns with the customer's name").isEmpty();
			assertThat(columnsMentioning(erin.street)).as("columns with the customer's street").isEmpty();
			assertThat(historyMentioning(completed, erin)).as("engine history of the completed order").isEmpty();

			JsonNode after = api.order(completed);
			assertThat(after.at("/customer/name").asText()).isEqualTo("anonymised");
			assertThat(after.at("/customer/email").asText()).doesNotContain(erin.email);
			assertThat(after.at("/shippingAddress/line1").asText()).isEqualTo("anonymised");
			assertThat(after.at("/shippingAddress/country").asText()).isEqualTo("DE");
			assertThat(after.get("status").asText()).isEqualTo("COMPLETED");
			assertThat(after.get("totals")).isEqualTo(before.get("totals"));
			assertThat(after.get("lines")).isEqualTo(before.get("lines"));
			assertThat(after.get("paymentStatus")).isEqualTo(before.get("paymentStatus"));
			assertThat(after.get("shipments").findValuesAsText("trackingNumber"))
				.isEqualTo(before.get("shipments").findValuesAsText("trackingNumber"));
			assertThat(timelineTypes(after)).endsWith("PERSONAL_DATA_ANONYMISED");
			assertThat(timelineTypes(api.order(cancelled))).endsWith("PERSONAL_DATA_ANONYMISED");
			assertThat(books.ledgerEntries(completed, "CAPTURE")).isEqualTo(1);
			assertThat(api.track(completed, erin.email).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
			assertThat(api.track(completed, after.at("/customer/email").asText()).getStatusCode())
				.as("tracked with the placeholder address")
				.isEqualTo(HttpStatus.NOT_FOUND);

			JsonNode stillWithin = api.order(recent);
			assertThat(stillWithin.at("/customer/name").asText()).isEqualTo(kept.name);
			assertThat(stillWithin.at("/customer/email").asText()).isEqualTo(kept.email);
			assertThat(timelineTypes(stillWithin)).doesNotContain("PERSONAL_DATA_ANONYMISED");
			assertThat(columnsMentioning(kept.email)).as("columns with the e-mail of an order within the period")
				.contains("customer_order.customer_email");
			ResponseEntity<String> replayed = api.place(keptOrder, keptKey);
			assertThat(json(replayed).at("/customer/name").asText()).as("the kept answer of an order within the period")
				.isEqualTo(kept.name);
			assertThat(json(replayed).at("/shippingAddress/city").asText()).isEqualTo("Berlin");

			retention.runAt(between.plus(RETENTION));
			assertThat(timelineTypes(api.order(completed)).stream().filter("PERSONAL_DATA_ANONYMISED"::equals))
				.as("a second run changes nothing")
				.hasSize(1);
		}
		finally {
			api.rest().delete("/api/webhook-subscriptions/" + subscription.get("id").asText());
		}
	}

	@Test
	void anonymisedOrdersAreCounted() {
		String orderNumber = api.placed(Shopper.named("Olga").order(line(newProduct("7.00", 2, 0), 1)));
		engine.runJobs();
		api.cancel(orderNumber, "Not needed");
		engine.runJobs();
		mailsSent(orderNumber);
		double before = anonymisedOrders();

		retention.runAt(Instant.now().plus(RETENTION).plusSeconds(1));

		assertThat(timelineTypes(api.order(orderNumber))).endsWith("PERSONAL_DATA_ANONYMISED");
		assertThat(anonymisedOrders()).isGreaterThanOrEqualTo(before + 1);
	}

	/** Two nodes' schedules fire at the same moment: each order is anonymised once. */
	@Test
	void twoRunsAtOnceAnonymiseEachOrderOnce() throws Exception {
		String sku = newProduct("5.00", 10, 0);
		List<String> orderNumbers = new ArrayList<>();
		for (int i = 0; i < 6; i++) {
			String orderNumber = api.placed(Shopper.named("Nina").order(line(sku, 1)));
			engine.runJobs();
			api.cancel(orderNumber, "Not needed");
			engine.runJobs();
			orderNumbers.add(orderNumber);
		}
		mailsSent(orderNumbers.toArray(String[]::new));
		Instant later = Instant.now().plus(RETENTION).plusSeconds(1);

		ExecutorService nodes = Executors.newFixedThreadPool(2);
		try {
			CountDownLatch start = new CountDownLatch(1);
			List<Future<?>> runs = new ArrayList<>();
			for (int node = 0; node < 2; node++) {
				runs.add(nodes.submit(() -> {
					start.await();
					retention.runAt(later);
					return null;
				}));
			}
			start.countDown();
			for (Future<?> run : runs) {
				run.get(60, TimeUnit.SECONDS);
			}
		}
		finally {
			nodes.shutdownNow();
		}

		for (String orderNumber : orderNumbers) {
			assertThat(timelineTypes(api.order(orderNumber)).stream().filter("PERSONAL_DATA_ANONYMISED"::equals))
				.as("anonymisations of %s", orderNumber)
				.hasSize(1);
		}
	}

	/** Delivered with a signature, one unit returned and refunded, then completed. */
	private String completedWithReturn(Shopper shopper, String sku) {
		ResponseEntity<String> placed = api.place(shopper.order(line(sku, 2)), "retention-" + UUID.randomUUID());
		assertThat(placed.getStatusCode()).as(placed.getBody()).isEqualTo(HttpStatus.CREATED);
		String orderNumber = json(placed).get("orderNumber").asText();
		engine.runJobs();
		engine.shipAllOpenTasks(orderNumber);
		String trackingNumber = api.order(orderNumber).at("/shipments/0/trackingNumber").asText();
		assertThat(api.carrierEvent(trackingNumber, "DELIVERED", Instant.now(), shopper.name).getStatusCode())
			.isEqualTo(HttpStatus.OK);
		engine.runJobs();
		assertThat(api.status(orderNumber)).isEqualTo("DELIVERED");

		ResponseEntity<String> requested = api.requestReturn(orderNumber,
				NewReturn.of("DAMAGED", line(sku, 1)).saying("Broken. Call " + shopper.name + " at " + shopper.email));
		assertThat(requested.getStatusCode()).as(requested.getBody()).isEqualTo(HttpStatus.CREATED);
		engine.runJobs();
		String returnNumber = json(requested).get("returnNumber").asText();
		assertThat(api.receiveReturn(returnNumber).getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
		engine.complete(engine.task(returnNumber, "inspectReturn"), Map.of("itemCondition", "DAMAGED"));
		engine.runJobs();
		assertThat(api.returnDetails(returnNumber).get("status").asText()).isEqualTo("REFUNDED");

		engine.execute(engine.jobAt(orderNumber, "returnWindowClosed"));
		assertThat(api.status(orderNumber)).isEqualTo("COMPLETED");
		return orderNumber;
	}

	/**
	 * Mails are written after the commit and sent on other threads; retention waits for
	 * no sending (after 90 days nothing is sent any more), it tries an order it cannot
	 * lock again on its next run.
	 */
	private void mailsSent(String... orderNumbers) {
		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
			for (String orderNumber : orderNumbers) {
				JsonNode messages = json(
						api.rest().getForEntity("/api/orders/" + orderNumber + "/messages", String.class));
				assertThat(messages.findValuesAsText("eventType")).as("mails of %s", orderNumber)
					.contains("ORDER_PLACED")
					.containsAnyOf("ORDER_CANCELLED", "ORDER_REFUNDED");
				assertThat(messages.findValuesAsText("status")).as("mails of %s", orderNumber).containsOnly("SENT");
			}
		});
	}

	private void webhooksWritten(JsonNode subscription, String... orderNumbers) {
		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
			JsonNode deliveries = json(api.rest()
				.getForEntity("/api/webhook-subscriptions/" + subscription.get("id").asText() + "/deliveries",
						String.class));
			assertThat(deliveries.findValuesAsText("orderNumber")).contains(orderNumbers);
		});
	}

	/**
	 * Every character column of every table, Orderflow's and the engine's, that holds the
	 * text somewhere: {@code table.column}, in lower case.
	 */
	private List<String> columnsMentioning(String text) {
		List<Map<String, Object>> columns = jdbc
			.sql("select table_name, column_name from information_schema.columns"
					+ " where lower(table_schema) = lower(current_schema())"
					+ " and (lower(data_type) like '%char%' or lower(data_type) in ('text', 'clob'))")
			.query()
			.listOfRows();
		List<String> found = new ArrayList<>();
		for (Map<String, Object> column : columns) {
			String table = column.get("table_name").toString();
			String name = column.get("column_name").toString();
			long hits = jdbc.sql("select count(*) from \"" + table + "\" where \"" + name + "\" like ?")
				.param("%" + text + "%")
				.query(Long.class)
				.single();
			if (hits > 0) {
				found.add((table + "." + name).toLowerCase());
			}
		}
		return found;
	}

	/**
	 * Variables of the order's processes, including those the engine keeps as byte
	 * arrays, whose value mentions the shopper.
	 */
	private List<String> historyMentioning(String orderNumber, Shopper shopper) {
		List<String> instances = history.createHistoricProcessInstanceQuery()
			.processInstanceBusinessKey(orderNumber)
			.list()
			.stream()
			.map(instance -> instance.getId())
			.toList();
		assertThat(instances).isNotEmpty();
		return history.createHistoricVariableInstanceQuery()
			.processInstanceIdIn(instances.toArray(String[]::new))
			.list()
			.stream()
			.filter(variable -> String.valueOf(variable.getValue()).contains(shopper.name)
					|| String.valueOf(variable.getValue()).contains(shopper.email))
			.map(variable -> variable.getName())
			.toList();
	}

	private JsonNode subscribeDeadReceiver() throws IOException {
		int port;
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			port = socket.getLocalPort();
		}
		ResponseEntity<String> subscribed = api.rest()
			.postForEntity("/api/webhook-subscriptions",
					Map.of("targetUrl", "http://127.0.0.1:" + port + "/hooks", "eventTypes",
							List.of("ORDER_PLACED", "ORDER_DELIVERED", "ORDER_CANCELLED", "RETURN_APPROVED")),
					String.class);
		assertThat(subscribed.getStatusCode()).as(subscribed.getBody()).isEqualTo(HttpStatus.CREATED);
		return json(subscribed);
	}

	private double anonymisedOrders() {
		ResponseEntity<String> answer = api.rest()
			.getForEntity("/actuator/metrics/orderflow.retention.orders.anonymised", String.class);
		assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(HttpStatus.OK);
		return json(answer).at("/measurements/0/value").asDouble();
	}

	/** A customer no other test has: name, e-mail and street unique to this run. */
	private record Shopper(String name, String email, String street) {

		static Shopper named(String first) {
			String tag = UUID.randomUUID().toString().replaceAll("[^a-f]", "").concat("abcdef").substring(0, 6);
			return new Shopper(first + " Q" + tag, first.toLowerCase() + "." + tag + "@example.com", "Qstrasse " + tag);
		}

		NewOrder order(NewOrder.Line... lines) {
			Address address = new Address(name, street, "Berlin", "10115", "DE");
			return NewOrder.of(lines).by(new Customer("C-" + tag(), name, email)).shippedTo(address);
		}

		private String tag() {
			return email.substring(email.indexOf('.') + 1, email.indexOf('@'));
		}

	}

}
