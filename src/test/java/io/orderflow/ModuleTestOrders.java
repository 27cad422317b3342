package io.orderflow;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.orderflow.catalog.Product;
import io.orderflow.catalog.ProductAdministration;
import io.orderflow.order.OrderPlacement;
import io.orderflow.order.PlaceOrderRequest;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.mockito.Mockito;

/**
 * Real orders for module tests, placed through the order's own API. A module test that
 * boots {@code order} without {@code fraud} stands in for the fraud check's first step
 * ({@code assessFraudRisk}, a bean of a module not booted) with {@link #riskLevel}, so
 * the order process goes on as the risk level says.
 */
public final class ModuleTestOrders {

	private ModuleTestOrders() {
	}

	/**
	 * Makes the mocked {@code assessFraudRisk} delegate set the risk level, as fraud
	 * would.
	 */
	public static void riskLevel(JavaDelegate assessFraudRisk, String level) throws Exception {
		Mockito.doAnswer(call -> {
			call.getArgument(0, DelegateExecution.class).setVariable("riskLevel", level);
			return null;
		}).when(assessFraudRisk).execute(Mockito.any());
	}

	/**
	 * Makes the mocked {@code reserveStock} delegate (inventory) say whether stock is
	 * short, as inventory would.
	 */
	public static void stockShort(JavaDelegate reserveStock, boolean shortOfStock) throws Exception {
		Mockito.doAnswer(call -> {
			call.getArgument(0, DelegateExecution.class).setVariable("stockShort", shortOfStock);
			return null;
		}).when(reserveStock).execute(Mockito.any());
	}

	/** A product of its own in the catalogue, with no stock anywhere. */
	public static String newProduct(ProductAdministration products) {
		String sku = "MT-" + UUID.randomUUID().toString().substring(0, 8);
		products.add(new Product(sku, "Module test product " + sku, new BigDecimal("12.50"), 300, "general", false,
				false, true));
		return sku;
	}

	/**
	 * Places a web order for the quantity of the SKU, by a customer of its own, shipped
	 * standard to Berlin and paid by card; the order's process runs until it first waits.
	 */
	public static String place(OrderPlacement placement, ObjectMapper json, String sku, int quantity) {
		return place(placement, json, sku, quantity, "tok_visa");
	}

	/** The same, paid by a card of the simulated provider's test token. */
	public static String place(OrderPlacement placement, ObjectMapper json, String sku, int quantity,
			String cardToken) {
		String customer = UUID.randomUUID().toString().substring(0, 8);
		Map<String, Object> address = Map.of("name", "Ada Lovelace", "line1", "Main St 1", "city", "Berlin",
				"postalCode", "10115", "country", "DE");
		Map<String, Object> request = Map.of("channel", "WEB", "customer",
				Map.of("id", "C-" + customer, "name", "Ada Lovelace", "email", "ada." + customer + "@example.com"),
				"shippingAddress", address, "lines", List.of(Map.of("sku", sku, "quantity", quantity)),
				"shippingMethod", "STANDARD", "payment", Map.of("method", "CARD", "token", cardToken));
		return placement.place(json.convertValue(request, PlaceOrderRequest.class)).orderNumber();
	}

}
