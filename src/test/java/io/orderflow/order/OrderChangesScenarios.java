package io.orderflow.order;

import static io.orderflow.NewOrder.line;
import static io.orderflow.OrderflowApi.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.JsonNode;
import io.orderflow.HttpScenarios;
import io.orderflow.NewOrder;
import io.orderflow.OrderflowApi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * An ERP or BI system pulls the orders changed since an instant over HTTP, page by page
 * with the feed's cursor. Other tests' orders and the mails sent in the background change
 * orders too, so the tests look at their own orders within the whole feed and check what
 * holds whatever else changes: every change once, in the order of its time.
 */
abstract class OrderChangesScenarios extends HttpScenarios {

	private static final Comparator<Change> FEED_ORDER = Comparator.comparing(Change::changedAt)
		.thenComparing(Change::orderNumber);

	OrderflowApi shop;

	String sku;

	@BeforeEach
	void aProduct() {
		shop = api.as("shop");
		sku = newProduct("12.00", 20, 0);
	}

	@Test
	void changedOrdersComeOldestChangeFirstEachWithATimeItReallyChanged() {
		Instant since = Instant.now();
		String first = shop.placed(NewOrder.of(line(sku, 1)));
		String second = shop.placed(NewOrder.of(line(sku, 2)));
		String third = shop.placed(NewOrder.of(line(sku, 1)));
		engine.runJobs();
		assertThat(shop.cancel(first, "Ordered twice").getStatusCode()).isEqualTo(HttpStatus.OK);
		engine.runJobs();

		List<Change> feed = pullAll(since, 2, page -> {
		});

		assertThat(feed).isSortedAccordingTo(FEED_ORDER).doesNotHaveDuplicates();
		List<Change> mine = feed.stream().filter(c -> Set.of(first, second, third).contains(c.orderNumber())).toList();
		assertThat(mine).extracting(Change::orderNumber).contains(first, second, third);
		assertThat(lastOf(mine, first).changedAt()).isAfterOrEqualTo(timeOf(first, "CANCELLED"));
		assertThat(lastOf(mine, first).status()).isEqualTo("CANCELLED");
		for (Change change : mine) {
			assertThat(timesOf(change.orderNumber())).as("%s changed at %s", change.orderNumber(), change.changedAt())
				.contains(change.changedAt());
		}
	}

	@Test
	void anOrderChangedWhileTheReaderPagesComesOnceMoreLaterAndNoOtherIsSkipped() {
		Instant since = Instant.now();
		List<String> placed = new ArrayList<>();
		for (int i = 0; i < 4; i++) {
			placed.add(shop.placed(NewOrder.of(line(sku, 1))));
		}
		engine.runJobs();
		String read = placed.get(0);
		String unread = placed.get(1);
		Set<String> cancelled = new HashSet<>();

		List<Change> feed = pullAll(since, 1, page -> {
			if (cancelled.isEmpty() && page.stream().anyMatch(c -> c.orderNumber().equals(read))) {
				for (String order : List.of(unread, read)) {
					assertThat(shop.cancel(order, "Changed while the ERP reads").getStatusCode())
						.isEqualTo(HttpStatus.OK);
					cancelled.add(order);
				}
				engine.runJobs();
			}
		});

		assertThat(cancelled).as("the reader met the first order").isNotEmpty();
		assertThat(feed).isSortedAccordingTo(FEED_ORDER).doesNotHaveDuplicates();
		List<Change> mine = feed.stream().filter(c -> placed.contains(c.orderNumber())).toList();
		assertThat(mine).extracting(Change::orderNumber).containsAll(placed);
		assertThat(mine.stream().filter(c -> c.orderNumber().equals(read)).count())
			.as("read before its change and once more after it")
			.isGreaterThanOrEqualTo(2);
		for (String order : cancelled) {
			assertThat(lastOf(mine, order).status()).isEqualTo("CANCELLED");
			assertThat(lastOf(mine, order).changedAt()).isAfterOrEqualTo(timeOf(order, "CANCELLED"));
		}
	}

	@Test
	void nothingChangedSinceIsAnEmptyPageThatKeepsTheCursor() {
		String order = shop.placed(NewOrder.of(line(sku, 1)));
		List<Change> feed = pullAll(Instant.now().minusSeconds(5), 100, page -> {
		});
		Change last = lastOf(feed, order);
		JsonNode upToIt = page("since=" + last.changedAt() + "&size=100");
		String next = upToIt.get("next").asText();

		JsonNode after = page("since=" + Instant.now().plusSeconds(60) + "&after=" + next);
		assertThat(after.get("content")).isEmpty();
		assertThat(after.get("next").asText()).isEqualTo(next);
	}

	@ParameterizedTest(name = "?{0}")
	@CsvSource(delimiter = '|',
			value = { "since=yesterday | since", "since=2026-02-30 | since",
					"since=2026-12-01&after=bm90LWEtY3Vyc29y | after", "since=2026-12-01&size=0 | size",
					"since=2026-12-01&size=501 | size", "since=2026-12-01&changedSince=2026-12-01 | changedSince" })
	void aBadOrUnknownParameterIsA400NamingIt(String query, String parameter) {
		ResponseEntity<String> refused = shop.rest().getForEntity("/api/order-changes?" + query, String.class);

		assertThat(refused.getStatusCode()).as(refused.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(refused.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(json(refused).get("errors").findValuesAsText("field")).containsExactly(parameter);
	}

	@Test
	void customerServiceMayPullTheFeedAndWarehouseStaffMayNot() {
		String query = "/api/order-changes?since=" + Instant.now();
		assertThat(api.as("carla").rest().getForEntity(query, String.class).getStatusCode()).isEqualTo(HttpStatus.OK);

		ResponseEntity<String> refused = api.as("wendy").rest().getForEntity(query, String.class);
		assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(refused.getBody()).contains("orders:read");
	}

	/** Every page from {@code since} until an empty one; {@code meanwhile} sees each. */
	private List<Change> pullAll(Instant since, int size, Consumer<List<Change>> meanwhile) {
		List<Change> all = new ArrayList<>();
		String after = null;
		for (int pages = 0; pages < 10_000; pages++) {
			JsonNode page = page("since=" + since + "&size=" + size + (after == null ? "" : "&after=" + after));
			List<Change> changes = new ArrayList<>();
			page.get("content")
				.forEach(c -> changes.add(new Change(c.get("orderNumber").asText(), c.get("status").asText(),
						Instant.parse(c.get("changedAt").asText()))));
			if (changes.isEmpty()) {
				return all;
			}
			all.addAll(changes);
			after = page.get("next").asText();
			meanwhile.accept(changes);
		}
		throw new AssertionError("the feed did not end");
	}

	private JsonNode page(String query) {
		ResponseEntity<String> found = api.as("carla").rest().getForEntity("/api/order-changes?" + query, String.class);
		assertThat(found.getStatusCode()).as(found.getBody()).isEqualTo(HttpStatus.OK);
		return json(found);
	}

	private static Change lastOf(List<Change> feed, String orderNumber) {
		return feed.stream()
			.filter(c -> c.orderNumber().equals(orderNumber))
			.reduce((earlier, later) -> later)
			.orElseThrow(() -> new AssertionError(orderNumber + " is not in the feed"));
	}

	/** When the order was placed and each time its timeline got an entry. */
	private List<Instant> timesOf(String orderNumber) {
		JsonNode order = api.order(orderNumber);
		List<Instant> times = new ArrayList<>(List.of(Instant.parse(order.get("placedAt").asText())));
		order.get("timeline").forEach(entry -> times.add(Instant.parse(entry.get("at").asText())));
		return times;
	}

	private Instant timeOf(String orderNumber, String type) {
		for (JsonNode entry : api.order(orderNumber).get("timeline")) {
			if (entry.get("type").asText().equals(type)) {
				return Instant.parse(entry.get("at").asText());
			}
		}
		throw new AssertionError(orderNumber + " has no " + type + " entry");
	}

	record Change(String orderNumber, String status, Instant changedAt) {
	}

}
