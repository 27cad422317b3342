package io.orderflow.system;

import static io.orderflow.OrderflowApi.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import io.orderflow.HttpScenarios;
import org.junit.jupiter.api.Test;

/**
 * The OpenAPI document that shops and warehouse systems build their clients from, as the
 * running application serves it. It must equal the committed snapshot
 * {@code docs/openapi.json}, from which the build generates the Java and TypeScript
 * clients; a change of the API changes the snapshot on purpose, with
 * {@code ./mvnw test -Dtest=ApiDocumentH2Test -Dopenapi.update=true}.
 */
abstract class ApiDocumentScenarios extends HttpScenarios {

	static final Path SNAPSHOT = Path.of("docs/openapi.json");

	static final Path SERVED = Path.of("target/openapi.json");

	@Test
	void apiDocumentListsEveryEndpointAShopOrWarehouseSystemCalls() {
		JsonNode paths = served().get("paths");

		assertThat(paths.fieldNames()).toIterable()
			.contains("/api/orders", "/api/orders/{orderNumber}", "/api/orders/{orderNumber}/cancel",
					"/api/orders/{orderNumber}/payment", "/api/orders/{orderNumber}/returns",
					"/api/returns/{returnNumber}", "/api/returns/{returnNumber}/receipt", "/api/tracking/{orderNumber}",
					"/api/carrier-events", "/api/payment-events", "/api/inventory/{sku}/receipts");
	}

	@Test
	void servedDocumentIsTheCommittedSnapshotTheClientsAreGeneratedFrom() throws IOException {
		String served = api.anonymous().getForObject("/v3/api-docs", String.class);
		Files.createDirectories(SERVED.getParent());
		Files.writeString(SERVED, served);
		if (Boolean.getBoolean("openapi.update")) {
			Files.writeString(SNAPSHOT, served);
		}

		if (!Files.exists(SNAPSHOT) || !json(Files.readString(SNAPSHOT)).equals(json(served))) {
			fail("The served OpenAPI document differs from " + SNAPSHOT + "; it is in " + SERVED + ". If the API "
					+ "changed on purpose, update the snapshot (./mvnw test -Dtest=ApiDocumentH2Test "
					+ "-Dopenapi.update=true, or copy the file) and commit it with the change.");
		}
	}

	private JsonNode served() {
		return json(api.anonymous().getForObject("/v3/api-docs", String.class));
	}

}
