package io.orderflow.security;

import static io.orderflow.NewOrder.line;
import static io.orderflow.OrderflowApi.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import io.orderflow.HttpScenarios;
import io.orderflow.NewOrder;
import io.orderflow.NewReturn;
import io.orderflow.OrderflowApi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Staff on /api get what their group's work needs, by scope: customer service
 * ({@code carla}) reads and searches orders, their mails and webhook deliveries, cancels
 * and starts returns, and is on the timeline for what it changed; warehouse staff
 * ({@code wendy}) and fraud analysts ({@code frank}) are refused with a 403 naming the
 * permission they lack. Over HTTP, once per database.
 */
abstract class StaffScopeScenarios extends HttpScenarios {

	@Test
	void customerServiceReadsSearchesAndSeesMailsAndWebhookDeliveries() {
		OrderflowApi carla = api.as("carla");
		String orderNumber = api.as("shop").placed(NewOrder.of(line(newProduct("8.00", 1, 0), 1)));
		String email = api.order(orderNumber).at("/customer/email").asText();

		ResponseEntity<String> found = carla.rest().getForEntity("/api/orders?email=" + email, String.class);
		assertThat(found.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(json(found).get("content").findValuesAsText("orderNumber")).containsExactly(orderNumber);
		assertThat(carla.getOrder(orderNumber).getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(carla.rest().getForEntity("/api/orders/" + orderNumber + "/messages", String.class).getStatusCode())
			.isEqualTo(HttpStatus.OK);
		assertThat(carla.rest().getForEntity("/api/webhook-subscriptions", String.class).getStatusCode())
			.isEqualTo(HttpStatus.OK);

		assertRefused(carla.rest()
			.postForEntity("/api/webhook-subscriptions",
					Map.of("url", "https://erp.example.com/hooks", "eventTypes", new String[] { "ORDER_PLACED" }),
					String.class),
				"webhooks:admin");
	}

	@Test
	void customerServiceCancelsAndTheTimelineSaysWho() {
		String orderNumber = api.as("shop").placed(NewOrder.of(line(newProduct("8.00", 1, 0), 1)));
		engine.runJobs();

		ResponseEntity<String> cancelled = api.as("carla").cancel(orderNumber, "Customer called: ordered twice");
		assertThat(cancelled.getStatusCode()).as(cancelled.getBody()).isEqualTo(HttpStatus.OK);
		engine.runJobs();

		JsonNode order = api.order(orderNumber);
		assertThat(order.get("status").asText()).isEqualTo("CANCELLED");
		JsonNode requested = entry(order, "CANCELLATION_REQUESTED");
		assertThat(requested.get("actor").asText()).isEqualTo("carla");
		assertThat(requested.get("message").asText()).contains("ordered twice");
		assertThat(entry(order, "PLACED").path("actor").isMissingNode() || entry(order, "PLACED").get("actor").isNull())
			.as("the order's own steps name no one")
			.isTrue();
	}

	@Test
	void customerServiceStartsAReturnForTheCustomerAndTheTimelineSaysWho() {
		String sku = newProduct("15.00", 1, 0);
		String orderNumber = delivered(NewOrder.of(line(sku, 1)));

		ResponseEntity<String> requested = api.as("carla")
			.requestReturn(orderNumber, NewReturn.of("DAMAGED", NewOrder.line(sku, 1)).saying("Customer called"));
		assertThat(requested.getStatusCode()).as(requested.getBody()).isEqualTo(HttpStatus.CREATED);

		assertThat(entry(api.order(orderNumber), "RETURN_REQUESTED").get("actor").asText()).isEqualTo("carla");
	}

	@Test
	void customerServiceNeitherPlacesOrdersNorBooksStock() {
		String sku = newProduct("8.00", 1, 0);
		long orders = books.orderCount();

		assertRefused(api.as("carla").place(NewOrder.of(line(sku, 1))), "orders:write");
		assertRefused(api.as("carla").receive(sku, "BER", 5), "inventory:write");
		assertThat(books.orderCount()).isEqualTo(orders);
		assertThat(api.inventory(sku).get("available").asInt()).isEqualTo(1);
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "wendy", "frank" })
	void warehouseAndFraudStaffAreRefusedNamingThePermission(String user) {
		OrderflowApi staff = api.as(user);
		String orderNumber = api.as("shop").placed(NewOrder.of(line(newProduct("8.00", 1, 0), 1)));
		engine.runJobs();
		String status = api.status(orderNumber);

		assertRefused(staff.rest().getForEntity("/api/orders?orderNumber=" + orderNumber, String.class), "orders:read");
		assertRefused(staff.getOrder(orderNumber), "orders:read");
		assertRefused(staff.rest().getForEntity("/api/orders/" + orderNumber + "/messages", String.class),
				"orders:read");
		assertRefused(staff.rest().getForEntity("/api/webhook-subscriptions", String.class), "webhooks:read");
		assertRefused(staff.cancel(orderNumber, "Not mine to cancel"), "orders:cancel");
		assertRefused(staff.requestReturn(orderNumber, NewReturn.of("DAMAGED", NewOrder.line("X", 1))),
				"returns:create");
		assertThat(api.status(orderNumber)).isEqualTo(status);
	}

	private static void assertRefused(ResponseEntity<String> response, String scope) {
		assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
		JsonNode problem = json(response);
		assertThat(problem.get("missingScope").asText()).isEqualTo(scope);
		assertThat(problem.get("detail").asText()).contains("'" + scope + "'");
	}

	private static JsonNode entry(JsonNode order, String type) {
		for (JsonNode entry : order.get("timeline")) {
			if (entry.get("type").asText().equals(type)) {
				return entry;
			}
		}
		throw new AssertionError("no " + type + " on the timeline: " + order.get("timeline"));
	}

}
