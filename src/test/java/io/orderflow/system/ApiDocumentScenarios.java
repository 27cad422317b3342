package io.orderflow.system;

import static io.orderflow.OrderflowApi.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.orderflow.HttpScenarios;
import org.junit.jupiter.api.Test;

/** The OpenAPI document that shops and warehouse systems build their clients from. */
abstract class ApiDocumentScenarios extends HttpScenarios {

	@Test
	void apiDocumentListsEveryEndpointAShopOrWarehouseSystemCalls() {
		JsonNode paths = json(api.anonymous().getForObject("/v3/api-docs", String.class)).get("paths");

		assertThat(paths.fieldNames()).toIterable()
			.contains("/api/orders", "/api/orders/{orderNumber}", "/api/orders/{orderNumber}/cancel",
					"/api/orders/{orderNumber}/payment", "/api/orders/{orderNumber}/returns",
					"/api/returns/{returnNumber}", "/api/returns/{returnNumber}/receipt", "/api/tracking/{orderNumber}",
					"/api/carrier-events", "/api/payment-events", "/api/inventory/{sku}/receipts");
	}

}
