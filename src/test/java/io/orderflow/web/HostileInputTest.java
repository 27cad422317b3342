package io.orderflow.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.orderflow.HttpScenarios;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** What a careless or hostile client may send to POST /api/orders, over HTTP. */
class HostileInputTest extends HttpScenarios {

	static final String VALID = """
			{"channel":"WEB","customer":{"id":"C-H","name":"Ada Lovelace","email":"ada@example.com"},
			 "shippingAddress":{"name":"Ada Lovelace","line1":"Main St 1","city":"Berlin","postalCode":"10115","country":"DE"},
			 "lines":[{"sku":"MUG-CER-350","quantity":1}],"shippingMethod":"STANDARD",
			 "payment":{"method":"CARD","token":"tok_visa"}}""";

	/** Strings a fuzzer should try in any text field. */
	static final List<Object> NASTY = List.of("", " ", "x".repeat(5000), "Robert'); DROP TABLE customer_order;--",
			"${1+1}", "#{T(java.lang.Runtime).getRuntime()}", "<script>alert(1)</script>", "\u0000", "line\nbreak",
			"\uD83D\uDE00", "\uFFFF", 0, -1, 2147483648L, 1e308, -0.0, true, List.of(), Map.of(), "MUG-CER-350");

	@Autowired
	ObjectMapper json;

	@Test
	void unknownFieldsAreRefusedNamingTheField() throws Exception {
		ResponseEntity<String> response = post(
				VALID.replace("\"channel\":\"WEB\"", "\"channel\":\"WEB\",\"chanel\":\"X\""));

		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(json.readTree(response.getBody()).findValuesAsText("field")).containsExactly("chanel");
	}

	@Test
	void controlCharactersInTextAreRefused() throws Exception {
		ResponseEntity<String> response = post(VALID.replace("\"city\":\"Berlin\"", "\"city\":\"Ber\\u0007lin\""));

		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(json.readTree(response.getBody()).findValuesAsText("field")).containsExactly("shippingAddress.city");
	}

	@ParameterizedTest(name = "{0} {1}")
	@CsvSource(delimiter = '|', value = { "/api/orders/OF-100001/cancel   | {\"reason\":\"x\",\"refund\":true}",
			"/api/orders/OF-100001/cancel   | {\"reason\":\"bell\\u0007\"}",
			"/api/orders/OF-100001/cancel   | {\"reason\":[1]}", "/api/orders/OF-100001/cancel   | {\"reason\":",
			"/api/orders/OF-100001/returns  | {\"reason\":\"DAMAGED\",\"lines\":[{\"sku\":\"MUG-CER-350\",\"quantity\":2147483648}]}",
			"/api/orders/OF-100001/returns  | {\"reason\":\"DAMAGED\",\"lines\":[{\"sku\":\"MUG-CER-350\",\"quantity\":1000000}]}",
			"/api/orders/OF-100001/returns  | {\"reason\":\"DAMAGED\",\"lines\":[]}",
			"/api/orders/OF-100001/returns  | {\"reason\":\"${1+1}\",\"lines\":[{\"sku\":\"MUG-CER-350\",\"quantity\":1}]}",
			"/api/orders/OF-100001/returns  | {\"reason\":\"DAMAGED\",\"lines\":[{\"sku\":\"MUG-CER-350\",\"quantity\":1,\"price\":0}]}",
			"/api/orders/OF-100001/payment  | {\"method\":\"CARD\",\"token\":\"tok\\u0000\"}",
			"/api/inventory/MUG-CER-350/receipts | {\"warehouse\":\"BER\",\"quantity\":\"many\"}" })
	void everyWritingEndpointRefusesHostileBodiesAsProblemsAndChangesNothing(String path, String body) {
		books.awaitBackgroundWork();
		long returns = count("return_request");
		long events = count("order_event");
		long movements = count("stock_movement");

		ResponseEntity<String> response = api.postRaw(path.strip(), body);

		assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(count("return_request")).isEqualTo(returns);
		assertThat(count("order_event")).isEqualTo(events);
		assertThat(count("stock_movement")).isEqualTo(movements);
	}

	@Test
	void oversizedBodiesAreRefusedBeforeTheyAreParsed() {
		String huge = VALID.replace("\"line1\":\"Main St 1\"", "\"line1\":\"" + "x".repeat(70_000) + "\"");

		ResponseEntity<String> response = post(huge);

		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.PAYLOAD_TOO_LARGE);
		assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
	}

	@Test
	void sqlAndExpressionFragmentsAreStoredVerbatimNeverEvaluated() throws Exception {
		String name = "Robert'); DROP TABLE customer_order;-- ${1+1} #{7*7}";
		ResponseEntity<String> response = post(VALID.replace("\"name\":\"Ada Lovelace\",\"email\"",
				"\"name\":" + json.writeValueAsString(name) + ",\"email\""));

		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		String orderNumber = json.readTree(response.getBody()).get("orderNumber").asText();
		JsonNode stored = api.order(orderNumber);
		assertThat(stored.at("/customer/name").asText()).isEqualTo(name);
	}

	/**
	 * Thousands of mutations of a valid order: fields dropped, replaced by hostile
	 * values, or duplicated into unknown names. Whatever comes, the answer is never a
	 * 5xx, and an order is stored exactly when the answer is 201.
	 */
	@Test
	void fuzzedOrderBodiesNeverCauseA5xxAndStoreOrdersOnlyOn201() throws Exception {
		long seed = Long.getLong("fuzz.seed", 20261122L);
		Random random = new Random(seed);
		Map<String, Object> valid = json.readValue(VALID, LinkedHashMap.class);
		long before = orders();
		int created = 0;
		for (int i = 0; i < 2000; i++) {
			String body = random.nextInt(20) == 0 ? garble(json.writeValueAsString(valid), random)
					: json.writeValueAsString(mutate(json.readValue(VALID, LinkedHashMap.class), random));
			ResponseEntity<String> response = post(body);
			assertThat(response.getStatusCode().is5xxServerError())
				.as("seed %d, body %s -> %s", seed, body, response.getBody())
				.isFalse();
			if (response.getStatusCode() == HttpStatus.CREATED) {
				created++;
			}
		}
		assertThat(orders() - before).isEqualTo(created);
	}

	@SuppressWarnings("unchecked")
	private Object mutate(Object node, Random random) {
		if (node instanceof Map<?, ?> map) {
			Map<String, Object> copy = new LinkedHashMap<>((Map<String, Object>) map);
			for (String key : new ArrayList<>(copy.keySet())) {
				int dice = random.nextInt(12);
				if (dice == 0) {
					copy.remove(key);
				}
				else if (dice == 1) {
					copy.put(key, NASTY.get(random.nextInt(NASTY.size())));
				}
				else {
					copy.put(key, mutate(copy.get(key), random));
				}
			}
			if (random.nextInt(25) == 0) {
				copy.put("unexpected" + random.nextInt(3), NASTY.get(random.nextInt(NASTY.size())));
			}
			return copy;
		}
		if (node instanceof List<?> list) {
			List<Object> copy = new ArrayList<>();
			list.forEach(item -> copy.add(mutate(item, random)));
			if (random.nextInt(10) == 0) {
				copy.add(random.nextBoolean() ? NASTY.get(random.nextInt(NASTY.size())) : mutate(list.get(0), random));
			}
			return copy;
		}
		return random.nextInt(15) == 0 ? NASTY.get(random.nextInt(NASTY.size())) : node;
	}

	private static String garble(String body, Random random) {
		int cut = random.nextInt(body.length());
		return random.nextBoolean() ? body.substring(0, cut) : body.substring(0, cut) + "\"}]{" + body.substring(cut);
	}

	private long count(String table) {
		return jdbc.sql("select count(*) from " + table).query(Long.class).single();
	}

	private ResponseEntity<String> post(String body) {
		return api.postRaw("/api/orders", body);
	}

	private long orders() {
		return jdbc.sql("select count(*) from customer_order").query(Long.class).single();
	}

}
