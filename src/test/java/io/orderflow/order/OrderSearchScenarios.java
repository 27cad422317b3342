package io.orderflow.order;

import static io.orderflow.NewOrder.line;
import static io.orderflow.OrderflowApi.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import io.orderflow.HttpScenarios;
import io.orderflow.NewOrder;
import io.orderflow.OrderflowApi;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Customer service and systems find orders over HTTP by what they know of them: the
 * number's start, the customer's e-mail in any case, the start of their name, statuses,
 * channel, placed time and whether the order needs a person; every filter given must
 * match, and the pages are stable. Each test's customers have a name of their own, so the
 * orders other tests place never show up.
 */
abstract class OrderSearchScenarios extends HttpScenarios {

	@Autowired
	TaskService tasks;

	OrderflowApi shop;

	String sku;

	/** A surname no other test's customer has. */
	String family;

	@BeforeEach
	void aProductAndAFamily() {
		shop = api.as("shop");
		sku = newProduct("12.00", 20, 0);
		family = "Zq" + UUID.randomUUID().toString().substring(0, 8);
	}

	@Test
	void theEmailMatchesInAnyCaseAndOnlyExactly() {
		String email = family + ".ada@Example.com";
		String first = placedBy("Ada " + family, email);
		String second = placedBy("Ada " + family, email);
		placedBy("Ada " + family, "other." + email);

		assertThat(numbers(search("email=" + email.toUpperCase()))).containsExactly(second, first);
		assertThat(numbers(search("email=" + family.toLowerCase() + ".ada@example.com"))).containsExactly(second,
				first);
		assertThat(numbers(search("email=" + family + ".ada@example"))).isEmpty();
	}

	@Test
	void theNameMatchesByItsStartInAnyCase() {
		String ada = placedBy(family + " Ada Lovelace", family + ".1@example.com");
		String grace = placedBy(family + " Grace Hopper", family + ".2@example.com");

		assertThat(numbers(search("name=" + family.toUpperCase()))).containsExactly(grace, ada);
		assertThat(numbers(search("name=" + family.toLowerCase() + " ada"))).containsExactly(ada);
		assertThat(numbers(search("name=" + family.substring(1)))).as("a prefix, not a part of the name").isEmpty();
	}

	@Test
	void theOrderNumberMatchesByItsStartAndLikeWildcardsAreTakenLiterally() {
		String order = placedBy(family, family + "@example.com");

		JsonNode found = search("orderNumber=" + order);
		assertThat(numbers(found)).contains(order).allMatch(number -> number.startsWith(order));
		assertThat(numbers(search("orderNumber=" + order.substring(0, 4) + "&name=" + family))).containsExactly(order);
		assertThat(numbers(search("orderNumber=OF-%&name=" + family))).isEmpty();
		assertThat(numbers(search("orderNumber=OF_&name=" + family))).isEmpty();
	}

	@Test
	void statusesAreRepeatableAndCombineWithTheChannel() {
		String web = placedBy(family, family + "@example.com");
		String marketplace = shop.placed(order(family, family + "@example.com").via("MARKETPLACE"));
		String cancelled = placedBy(family, family + "@example.com");
		engine.runJobs();
		assertThat(shop.cancel(cancelled, "Ordered twice").getStatusCode()).isEqualTo(HttpStatus.OK);
		engine.runJobs();

		assertThat(numbers(search("name=" + family + "&status=CANCELLED"))).containsExactly(cancelled);
		assertThat(numbers(search("name=" + family + "&status=CANCELLED&status=IN_FULFILLMENT")))
			.containsExactly(cancelled, marketplace, web);
		assertThat(numbers(search("name=" + family + "&channel=MARKETPLACE"))).containsExactly(marketplace);
		assertThat(numbers(search("name=" + family + "&channel=MARKETPLACE&status=CANCELLED"))).isEmpty();
	}

	@Test
	void placedFromIsInclusiveAndPlacedToExclusiveAndADateIsAWholeDayInUtc() {
		String earlier = placedBy(family, family + "@example.com");
		String later = placedBy(family, family + "@example.com");
		String laterPlacedAt = shop.order(later).get("placedAt").asText();
		Instant boundary = Instant.parse(laterPlacedAt);
		LocalDate today = LocalDate.ofInstant(boundary, ZoneOffset.UTC);

		assertThat(numbers(search("name=" + family + "&placedFrom=" + boundary))).containsExactly(later);
		assertThat(numbers(search("name=" + family + "&placedTo=" + boundary))).containsExactly(earlier);
		assertThat(numbers(search("name=" + family + "&placedFrom=" + today + "&placedTo=" + today)))
			.containsExactly(later, earlier);
		assertThat(numbers(search("name=" + family + "&placedTo=" + today.minusDays(1)))).isEmpty();
		assertThat(numbers(search("name=" + family + "&placedFrom=" + today.plusDays(1)))).isEmpty();
	}

	@Test
	void onlyTheOrdersThatNeedAPersonWhenAskedFor() {
		String waiting = shop.placed(NewOrder.of(line(newProduct("9.00", 0, 0), 1)).by(customer(family)));
		String fine = placedBy(family, family + "@example.com");
		engine.runJobs();
		Task decision = engine.task(waiting, "decideBackorder");
		decision.setDueDate(Date.from(Instant.now().minusSeconds(3600)));
		tasks.saveTask(decision);

		assertThat(numbers(search("name=" + family + "&needsAttention=true"))).containsExactly(waiting);
		assertThat(api.order(waiting).get("attention").findValuesAsText("kind")).containsExactly("OVERDUE_TASK");
		assertThat(numbers(search("name=" + family + "&needsAttention=false"))).containsExactly(fine, waiting);
	}

	@Test
	void pagesAreStableAndSayHowManyThereAre() {
		List<String> placed = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			placed.add(0, placedBy(family, family + "@example.com"));
		}

		List<String> paged = new ArrayList<>();
		for (int page = 0; page < 3; page++) {
			JsonNode result = search("name=" + family + "&size=2&page=" + page);
			assertThat(result.get("totalElements").asLong()).isEqualTo(5);
			assertThat(result.get("totalPages").asLong()).isEqualTo(3);
			assertThat(result.get("page").asInt()).isEqualTo(page);
			paged.addAll(numbers(result));
		}
		assertThat(paged).containsExactlyElementsOf(placed);
		assertThat(numbers(search("name=" + family + "&size=2&page=3"))).isEmpty();
	}

	@ParameterizedTest(name = "?{0}")
	@CsvSource(delimiter = '|',
			value = { "emial=ada@example.com | emial", "status=LOST | status", "channel=FAX | channel",
					"placedFrom=yesterday | placedFrom", "placedTo=2026-02-30 | placedTo",
					"placedFrom=2026-12-02&placedTo=2026-12-01 | placedTo", "email= | email",
					"needsAttention=maybe | needsAttention", "size=500 | size" })
	void aBadOrUnknownParameterIsA400NamingIt(String query, String parameter) {
		ResponseEntity<String> refused = shop.rest().getForEntity("/api/orders?" + query, String.class);

		assertThat(refused.getStatusCode()).as(refused.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(refused.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(json(refused).get("errors").findValuesAsText("field")).containsExactly(parameter);
	}

	@Test
	void everyListEndpointRefusesAnUnknownParameter() {
		for (String list : List.of("/api/products?categroy=x", "/api/inventory/SOCKS-3PK?wherehouse=BER",
				"/api/webhook-subscriptions?activ=true", "/api/admin/products?q=x", "/api/admin/warehouses?q=x",
				"/api/admin/api-clients?q=x")) {
			ResponseEntity<String> refused = api.rest().getForEntity(list, String.class);
			assertThat(refused.getStatusCode()).as(list).isEqualTo(HttpStatus.BAD_REQUEST);
			assertThat(json(refused).get("errors").findValuesAsText("field")).as(list)
				.containsExactly(list.substring(list.indexOf('?') + 1, list.indexOf('=')));
		}
	}

	private String placedBy(String name, String email) {
		return shop.placed(order(name, email));
	}

	private NewOrder order(String name, String email) {
		return NewOrder.of(line(sku, 1)).by(new NewOrder.Customer("C-" + UUID.randomUUID(), name, email));
	}

	private static NewOrder.Customer customer(String name) {
		return new NewOrder.Customer("C-" + UUID.randomUUID(), name, name + "." + UUID.randomUUID() + "@example.com");
	}

	private JsonNode search(String query) {
		ResponseEntity<String> found = api.as("carla").rest().getForEntity("/api/orders?" + query, String.class);
		assertThat(found.getStatusCode()).as(found.getBody()).isEqualTo(HttpStatus.OK);
		return json(found);
	}

	private static List<String> numbers(JsonNode page) {
		return page.get("content").findValuesAsText("orderNumber");
	}

}
