package io.orderflow.infrastructure;

import static io.orderflow.NewOrder.line;
import static io.orderflow.OrderflowApi.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

import io.orderflow.HttpScenarios;
import io.orderflow.NewOrder;
import io.orderflow.OrderflowApi;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Setting a system up without the demo catalogue, over HTTP as an administrator:
 * warehouses, products and their stock, which orders then reserve. Codes are random: the
 * scenarios share their database with every other test, so no warehouse here holds
 * another test's products, and none changes BER or LEJ.
 */
abstract class AdministrationScenarios extends HttpScenarios {

	static final Map<String, Object> ADDRESS = Map.of("name", "Orderflow Hamburg", "line1", "Hafenstrasse 1", "city",
			"Hamburg", "postalCode", "20457", "country", "DE");

	@Test
	void aWarehouseProductAndStockCreatedByTheAdministratorAreOrderedAndReservedFromThere() {
		String warehouse = code("W");
		String sku = code("P");

		ResponseEntity<String> createdWarehouse = post("/api/admin/warehouses",
				Map.of("code", warehouse, "name", "Hamburg", "priority", 0, "address", ADDRESS));
		ResponseEntity<String> createdProduct = post("/api/admin/products", Map.of("sku", sku, "name", "Glass teapot",
				"unitPrice", 34.90, "weightGrams", 900, "category", "Kitchen", "fragile", true));
		ResponseEntity<String> createdLevel = put("/api/admin/stock/" + sku + "/" + warehouse, Map.of("onHand", 5));
		ResponseEntity<String> berlinLevel = put("/api/admin/stock/" + sku + "/BER", Map.of("onHand", 10));

		assertThat(createdWarehouse.getStatusCode()).as(createdWarehouse.getBody()).isEqualTo(HttpStatus.CREATED);
		assertThat(createdWarehouse.getHeaders().getLocation()).hasPath("/api/admin/warehouses/" + warehouse);
		assertThat(createdProduct.getStatusCode()).as(createdProduct.getBody()).isEqualTo(HttpStatus.CREATED);
		assertThat(createdProduct.getHeaders().getLocation()).hasPath("/api/admin/products/" + sku);
		assertThat(json(createdProduct).get("fragile").asBoolean()).isTrue();
		assertThat(json(createdProduct).get("hazardous").asBoolean()).isFalse();
		assertThat(createdLevel.getStatusCode()).as(createdLevel.getBody()).isEqualTo(HttpStatus.OK);
		assertThat(berlinLevel.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(json(get("/api/admin/warehouses/" + warehouse)).at("/address/city").asText()).isEqualTo("Hamburg");
		assertThat(json(get("/api/admin/warehouses")).findValuesAsText("code")).containsSubsequence(warehouse, "BER",
				"LEJ");
		assertThat(api.as("shop").products().findValuesAsText("sku")).contains(sku);

		String orderNumber = api.as("shop").placed(NewOrder.of(line(sku, 2)));
		engine.runJobs();

		assertThat(api.status(orderNumber)).isEqualTo("IN_FULFILLMENT");
		assertThat(books.reserved(sku, warehouse)).isEqualTo(2);
		assertThat(books.reserved(sku, "BER")).isZero();
		assertThat(api.order(orderNumber).at("/lines/0/unitPrice").decimalValue()).isEqualByComparingTo("34.90");
		books.assertJournalMatchesLevels(sku);
	}

	@Test
	void aLaterCountAdjustsThroughTheJournalButNeverBelowWhatIsReserved() {
		String warehouse = newWarehouse(0);
		String sku = newProductOnSale();
		put("/api/admin/stock/" + sku + "/" + warehouse, Map.of("onHand", 5));
		api.as("shop").placed(NewOrder.of(line(sku, 3)));
		engine.runJobs();

		ResponseEntity<String> recount = put("/api/admin/stock/" + sku + "/" + warehouse, Map.of("onHand", 8));
		ResponseEntity<String> belowReserved = put("/api/admin/stock/" + sku + "/" + warehouse, Map.of("onHand", 2));

		assertThat(recount.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(json(recount).at("/warehouses/0/onHand").asInt()).isEqualTo(8);
		assertThat(json(recount).get("available").asInt()).isEqualTo(5);
		assertThat(belowReserved.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(json(belowReserved).at("/errors/0/field").asText()).isEqualTo("onHand");
		assertThat(books.onHand(sku, warehouse)).isEqualTo(8);
		assertThat(books.reserved(sku, warehouse)).isEqualTo(3);
		assertThat(jdbc.sql("select movement_type from stock_movement where sku = ? and reserved_delta = 0 order by id")
			.param(sku)
			.query(String.class)
			.list()).containsExactly("RECEIPT", "ADJUSTMENT");
		books.assertJournalMatchesLevels(sku);
	}

	@Test
	void aWarehouseMovedBehindTheOthersIsNoLongerPreferred() {
		String warehouse = newWarehouse(0);
		String sku = newProductOnSale();
		put("/api/admin/stock/" + sku + "/" + warehouse, Map.of("onHand", 5));
		put("/api/admin/stock/" + sku + "/BER", Map.of("onHand", 5));

		ResponseEntity<String> moved = put("/api/admin/warehouses/" + warehouse,
				Map.of("name", "Hamburg overflow", "priority", 1000, "address", ADDRESS));
		api.as("shop").placed(NewOrder.of(line(sku, 1)));
		engine.runJobs();

		assertThat(moved.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(json(get("/api/admin/warehouses/" + warehouse)).get("priority").asInt()).isEqualTo(1000);
		assertThat(books.reserved(sku, "BER")).isEqualTo(1);
		assertThat(books.reserved(sku, warehouse)).isZero();
	}

	@Test
	void aDeactivatedProductLeavesTheCatalogueAndCannotBeOrdered() {
		String sku = newProductOnSale();

		ResponseEntity<String> deactivated = put("/api/admin/products/" + sku,
				Map.of("name", "Old teapot", "unitPrice", 30.00, "weightGrams", 900, "active", false));
		ResponseEntity<String> order = api.as("shop").place(NewOrder.of(line(sku, 1)));

		assertThat(deactivated.getStatusCode()).as(deactivated.getBody()).isEqualTo(HttpStatus.OK);
		assertThat(json(get("/api/admin/products/" + sku)).get("active").asBoolean()).isFalse();
		assertThat(json(get("/api/admin/products")).findValuesAsText("sku")).contains(sku);
		assertThat(api.as("shop").products().findValuesAsText("sku")).doesNotContain(sku);
		assertThat(order.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(json(order).at("/errors/0/field").asText()).isEqualTo("lines[0].sku");
		assertThat(json(order).at("/errors/0/message").asText()).contains("no longer sold");
	}

	@Test
	void invalidProductsAreRefusedNamingEachFieldAndNothingIsStored() {
		String sku = code("P");

		ResponseEntity<String> refused = post("/api/admin/products",
				Map.of("sku", sku, "name", " ", "unitPrice", 0, "weightGrams", 0));
		ResponseEntity<String> fractionOfACent = post("/api/admin/products",
				Map.of("sku", sku, "name", "Teapot", "unitPrice", 1.234, "weightGrams", 100));
		ResponseEntity<String> badSku = post("/api/admin/products",
				Map.of("sku", "a/b", "name", "Teapot", "unitPrice", 1.20, "weightGrams", 100));

		assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(refused.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(json(refused).get("errors").findValuesAsText("field")).containsExactly("name", "unitPrice",
				"weightGrams");
		assertThat(json(fractionOfACent).get("errors").findValuesAsText("field")).containsExactly("unitPrice");
		assertThat(json(badSku).get("errors").findValuesAsText("field")).containsExactly("sku");
		assertThat(get("/api/admin/products/" + sku).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
	}

	@Test
	void invalidWarehousesAndStockAreRefusedAndNothingIsStored() {
		String warehouse = code("W");
		String sku = newProductOnSale();

		ResponseEntity<String> noCountry = post("/api/admin/warehouses", Map.of("code", warehouse, "name", "Hamburg",
				"priority", 3, "address", Map.of("name", "x", "line1", "y", "city", "z", "postalCode", "1")));
		ResponseEntity<String> negative = put("/api/admin/stock/" + sku + "/BER", Map.of("onHand", -1));
		ResponseEntity<String> unknownWarehouse = put("/api/admin/stock/" + sku + "/" + warehouse, Map.of("onHand", 1));
		ResponseEntity<String> unknownProduct = put("/api/admin/stock/" + code("P") + "/BER", Map.of("onHand", 1));

		assertThat(noCountry.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(json(noCountry).get("errors").findValuesAsText("field")).containsExactly("address.country");
		assertThat(get("/api/admin/warehouses/" + warehouse).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(negative.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(json(negative).at("/errors/0/field").asText()).isEqualTo("onHand");
		assertThat(unknownWarehouse.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(unknownProduct.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(api.inventory(sku).get("warehouses")).isEmpty();
	}

	@Test
	void duplicatesAreConflictsAndUnknownCodesNotFound() {
		String warehouse = newWarehouse(7);
		String sku = newProductOnSale();

		assertThat(post("/api/admin/warehouses",
				Map.of("code", warehouse, "name", "Again", "priority", 1, "address", ADDRESS))
			.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
		assertThat(post("/api/admin/products", Map.of("sku", sku, "name", "Again", "unitPrice", 1.00, "weightGrams", 1))
			.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
		assertThat(json(get("/api/admin/warehouses/" + warehouse)).get("name").asText()).isEqualTo("Hamburg");
		assertThat(json(get("/api/admin/products/" + sku)).get("name").asText()).isEqualTo("Glass teapot");
		assertThat(put("/api/admin/products/" + code("P"), Map.of("name", "Ghost", "unitPrice", 1.00, "weightGrams", 1))
			.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(put("/api/admin/warehouses/" + code("W"), Map.of("name", "Ghost", "priority", 1, "address", ADDRESS))
			.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
	}

	@Test
	void onlyAdministratorsAdministerAndNothingIsStoredForOthers() {
		String sku = code("P");
		Map<String, Object> product = Map.of("sku", sku, "name", "Teapot", "unitPrice", 10.00, "weightGrams", 100);

		assertThat(exchange(api.as("shop").rest(), HttpMethod.POST, "/api/admin/products", product).getStatusCode())
			.isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(exchange(api.as("wendy").rest(), HttpMethod.POST, "/api/admin/products", product).getStatusCode())
			.isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(exchange(api.anonymous(), HttpMethod.POST, "/api/admin/products", product).getStatusCode())
			.isEqualTo(HttpStatus.UNAUTHORIZED);
		assertThat(api.as("shop").rest().getForEntity("/api/admin/warehouses", String.class).getStatusCode())
			.isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(
				exchange(api.as("shop").rest(), HttpMethod.PUT, "/api/admin/stock/MUG-CER-350/BER", Map.of("onHand", 0))
					.getStatusCode())
			.isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(get("/api/admin/products/" + sku).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
	}

	private String newWarehouse(int priority) {
		String code = code("W");
		ResponseEntity<String> created = post("/api/admin/warehouses",
				Map.of("code", code, "name", "Hamburg", "priority", priority, "address", ADDRESS));
		assertThat(created.getStatusCode()).as(created.getBody()).isEqualTo(HttpStatus.CREATED);
		return code;
	}

	private String newProductOnSale() {
		String sku = code("P");
		ResponseEntity<String> created = post("/api/admin/products",
				Map.of("sku", sku, "name", "Glass teapot", "unitPrice", 34.90, "weightGrams", 900));
		assertThat(created.getStatusCode()).as(created.getBody()).isEqualTo(HttpStatus.CREATED);
		return sku;
	}

	private static String code(String prefix) {
		return prefix + "-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
	}

	private ResponseEntity<String> get(String path) {
		return api.rest().getForEntity(path, String.class);
	}

	private ResponseEntity<String> post(String path, Object body) {
		return exchange(api.rest(), HttpMethod.POST, path, body);
	}

	private ResponseEntity<String> put(String path, Object body) {
		return exchange(api.rest(), HttpMethod.PUT, path, body);
	}

	private static ResponseEntity<String> exchange(TestRestTemplate rest, HttpMethod method, String path, Object body) {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_JSON);
		return rest.exchange(path, method, new HttpEntity<>(OrderflowApi.body(body), headers), String.class);
	}

}
