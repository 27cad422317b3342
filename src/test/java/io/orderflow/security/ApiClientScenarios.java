package io.orderflow.security;

import static io.orderflow.NewOrder.line;
import static io.orderflow.OrderflowApi.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import io.orderflow.HttpScenarios;
import io.orderflow.NewOrder;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * API keys as an administrator manages them and a system uses them, over HTTP: created
 * with scopes and shown once, stored only as a hash, refused as soon as revoked.
 */
abstract class ApiClientScenarios extends HttpScenarios {

	@Autowired
	ApiClients apiClients;

	@Test
	void aKeyIsShownOnceStoredHashedAndPlacesOrders() {
		ResponseEntity<String> created = ApiKeyClient.create(api,
				Map.of("name", "Marketplace connector", "scopes", List.of("orders:write", "orders:read")));

		assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		JsonNode client = json(created);
		String id = client.get("id").asText();
		String key = client.get("key").asText();
		assertThat(created.getHeaders().getLocation()).hasToString("/api/admin/api-clients/" + id);
		assertThat(key).startsWith("ofk_" + id + "_");
		assertThat(client.get("scopes").toString()).isEqualTo("[\"orders:read\",\"orders:write\"]");
		String secret = key.substring(("ofk_" + id + "_").length());
		String stored = jdbc.sql("select secret_hash from api_client where id = ?")
			.param(id)
			.query(String.class)
			.single();
		assertThat(stored).isEqualTo(ApiKey.hash(secret)).doesNotContain(secret);

		String one = api.rest().getForObject(ApiKeyClient.CLIENTS + "/" + id, String.class);
		String all = api.rest().getForObject(ApiKeyClient.CLIENTS, String.class);
		assertThat(json(one).get("name").asText()).isEqualTo("Marketplace connector");
		assertThat(json(one).has("key")).isFalse();
		assertThat(all).contains(id).doesNotContain(secret).doesNotContain(stored);
		assertThat(one).doesNotContain(secret).doesNotContain(stored);

		ApiKeyClient marketplace = new ApiKeyClient(api.anonymous(), key);
		ResponseEntity<String> placed = marketplace.post("/api/orders",
				NewOrder.of(line(newProduct("12.00", 5, 0), 1)));
		assertThat(placed.getStatusCode()).as(placed.getBody()).isEqualTo(HttpStatus.CREATED);
		assertThat(marketplace.get(placed.getHeaders().getLocation().toString()).getStatusCode())
			.isEqualTo(HttpStatus.OK);
	}

	@Test
	void aRevokedKeyIsRefusedFromTheNextRequestOn() {
		ApiKeyClient connector = ApiKeyClient.created(api, "Old connector", "orders:read");
		assertThat(connector.get("/api/products").getStatusCode()).isEqualTo(HttpStatus.OK);
		String id = connector.key().substring(4, 24);

		ResponseEntity<Void> revoked = api.rest()
			.exchange(ApiKeyClient.CLIENTS + "/" + id, HttpMethod.DELETE, null, Void.class);

		assertThat(revoked.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
		ResponseEntity<String> refused = connector.get("/api/products");
		assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
		assertThat(refused.getHeaders().getContentType()).hasToString("application/problem+json");
		assertThat(json(api.rest().getForObject(ApiKeyClient.CLIENTS + "/" + id, String.class)).has("revokedAt"))
			.isTrue();
		assertThat(api.rest()
			.exchange(ApiKeyClient.CLIENTS + "/cli_0000000000000000", HttpMethod.DELETE, null, String.class)
			.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
	}

	@Test
	void anUnknownScopeOrAMissingNameIsRefusedAndNothingStored() {
		long before = clients();

		ResponseEntity<String> unknownScope = ApiKeyClient.create(api,
				Map.of("name", "Greedy", "scopes", List.of("orders:read", "orders:delete")));
		ResponseEntity<String> noName = ApiKeyClient.create(api, Map.of("name", " ", "scopes", List.of()));

		assertThat(unknownScope.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(json(unknownScope).at("/errors/0/field").asText()).isEqualTo("scopes[1]");
		assertThat(noName.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(json(noName).get("errors").findValuesAsText("field")).containsExactly("name", "scopes");
		assertThat(clients()).isEqualTo(before);
	}

	@Test
	void onlyAdministratorsManageApiClients() {
		long before = clients();
		Map<String, Object> request = Map.of("name", "Sneaky", "scopes", List.of("webhooks:admin"));

		assertThat(ApiKeyClient.create(api.as("shop"), request).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(ApiKeyClient.create(api.as("wendy"), request).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(api.as("shop").rest().getForEntity(ApiKeyClient.CLIENTS, String.class).getStatusCode())
			.isEqualTo(HttpStatus.FORBIDDEN);
		ApiKeyClient demoShop = new ApiKeyClient(api.anonymous(), DemoApiClient.KEY.value());
		assertThat(demoShop.get(ApiKeyClient.CLIENTS).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(demoShop.post(ApiKeyClient.CLIENTS, request).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(api.anonymous().getForEntity(ApiKeyClient.CLIENTS, String.class).getStatusCode())
			.isEqualTo(HttpStatus.UNAUTHORIZED);
		assertThat(clients()).isEqualTo(before);
	}

	/**
	 * A database that once ran the demo keeps the published demo key; any start outside
	 * the demo profile revokes it.
	 */
	@Test
	void outsideTheDemoTheDemoKeyIsRevokedOnStart() throws Exception {
		ApiKeyClient demoShop = new ApiKeyClient(api.anonymous(), DemoApiClient.KEY.value());
		assertThat(demoShop.get("/api/products").getStatusCode()).isEqualTo(HttpStatus.OK);
		try {
			new DemoApiKeyRevocation(apiClients, Clock.systemUTC()).run(null);

			assertThat(demoShop.get("/api/products").getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
		}
		finally {
			jdbc.sql("update api_client set revoked_at = null where id = ?")
				.param(DemoApiClient.KEY.clientId())
				.update();
		}
	}

	private long clients() {
		return jdbc.sql("select count(*) from api_client").query(Long.class).single();
	}

}
