package io.orderflow.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import io.orderflow.EngineDriver;
import io.orderflow.HttpScenarios;
import io.orderflow.client.ApiClient;
import io.orderflow.client.ApiException;
import io.orderflow.client.ApiResponse;
import io.orderflow.client.api.CarrierWebhookApi;
import io.orderflow.client.api.CatalogueApi;
import io.orderflow.client.api.InventoryApi;
import io.orderflow.client.api.OrdersApi;
import io.orderflow.client.api.ReturnsApi;
import io.orderflow.client.api.TrackingApi;
import io.orderflow.client.model.Address;
import io.orderflow.client.model.CancelOrderRequest;
import io.orderflow.client.model.CarrierEvent;
import io.orderflow.client.model.CarrierEventType;
import io.orderflow.client.model.Customer;
import io.orderflow.client.model.OrderDetails;
import io.orderflow.client.model.OrderLineRequest;
import io.orderflow.client.model.OrderStatus;
import io.orderflow.client.model.OrderSummary;
import io.orderflow.client.model.Payment;
import io.orderflow.client.model.PaymentDetails;
import io.orderflow.client.model.PaymentMethod;
import io.orderflow.client.model.PlaceOrderRequest;
import io.orderflow.client.model.Problem;
import io.orderflow.client.model.ProductView;
import io.orderflow.client.model.Receipt;
import io.orderflow.client.model.ReturnBody;
import io.orderflow.client.model.ReturnLineRequest;
import io.orderflow.client.model.ReturnReason;
import io.orderflow.client.model.ReturnStatus;
import io.orderflow.client.model.ReturnView;
import io.orderflow.client.model.SalesChannel;
import io.orderflow.client.model.ShipmentSummary;
import io.orderflow.client.model.ShippingMethod;
import io.orderflow.security.PartnerSignature;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The README's main flows through the Java client the build generates from
 * {@code docs/openapi.json}, against the running application: what a shop building on the
 * contract gets, typed, including the status codes, headers and problems the document
 * promises.
 */
abstract class GeneratedJavaClientScenarios extends HttpScenarios {

	@Autowired
	private ProcessEngine processEngine;

	private final Set<String> ownBusinessKeys = ConcurrentHashMap.newKeySet();

	private EngineDriver steps;

	private ApiClient shop;

	private OrdersApi orders;

	@BeforeEach
	void generatedClient() {
		steps = new EngineDriver(processEngine, () -> ownBusinessKeys);
		shop = client("demo");
		orders = new OrdersApi(shop);
	}

	@Test
	void catalogueOrderReadListDeliveryReturnAndReceiptThroughTheGeneratedClient() throws Exception {
		String sku = newProduct("10.00", 5, 0);
		assertThat(new InventoryApi(shop).receiveStock(sku, new Receipt().warehouse("LEJ").quantity(3), null)
			.getAvailable()).isEqualTo(8);
		List<ProductView> catalogue = new CatalogueApi(shop).listProducts();
		assertThat(catalogue).filteredOn(product -> product.getSku().equals(sku))
			.singleElement()
			.satisfies(product -> assertThat(product.getUnitPrice()).isEqualByComparingTo("10.00"));

		String key = UUID.randomUUID().toString();
		PlaceOrderRequest order = order(sku, 3, "tok_visa");
		ApiResponse<OrderDetails> placed = orders.placeOrderWithHttpInfo(order, key);
		ApiResponse<OrderDetails> retried = orders.placeOrderWithHttpInfo(order, key);
		String orderNumber = own(placed.getData().getOrderNumber());
		steps.runJobs();

		assertThat(placed.getStatusCode()).isEqualTo(201);
		assertThat(placed.getHeaders().get("Location")).containsExactly("/api/orders/" + orderNumber);
		assertThat(retried.getData().getOrderNumber()).isEqualTo(orderNumber);
		assertThat(retried.getHeaders().get("Idempotent-Replayed")).containsExactly("true");
		OrderDetails read = orders.getOrder(orderNumber);
		assertThat(read.getStatus()).isEqualTo(OrderStatus.IN_FULFILLMENT);
		assertThat(read.getPaymentStatus()).isEqualTo(OrderDetails.PaymentStatusEnum.AUTHORIZED);
		assertThat(read.getTotals().getSubtotal()).isEqualByComparingTo("30.00");
		assertThat(orders
			.listOrders(orderNumber, null, null, List.of(OrderStatus.IN_FULFILLMENT), null, null, null, null, 0, 100)
			.getContent()).extracting(OrderSummary::getOrderNumber).contains(orderNumber);

		steps.shipAllOpenTasks(orderNumber);
		for (ShipmentSummary shipment : orders.getOrder(orderNumber).getShipments()) {
			assertThat(delivered(shipment.getTrackingNumber()).getReplay()).isFalse();
		}
		assertThat(new TrackingApi(client(null)).trackOrder(orderNumber, read.getCustomer().getEmail()).getStatus())
			.isEqualTo(OrderStatus.DELIVERED);

		ReturnsApi returns = new ReturnsApi(shop);
		ApiResponse<ReturnView> requested = returns.requestReturnWithHttpInfo(orderNumber,
				new ReturnBody().reason(ReturnReason.DAMAGED)
					.comment("One arrived broken")
					.lines(List.of(new ReturnLineRequest().sku(sku).quantity(1))),
				null);
		String returnNumber = own(requested.getData().getReturnNumber());
		steps.runJobs();
		assertThat(requested.getStatusCode()).isEqualTo(201);
		assertThat(requested.getHeaders().get("Location")).containsExactly("/api/returns/" + returnNumber);
		assertThat(returns.getReturn(returnNumber).getStatus()).isEqualTo(ReturnStatus.APPROVED);

		ApiResponse<ReturnView> received = returns.receiveReturnParcelWithHttpInfo(returnNumber, null);
		assertThat(received.getStatusCode()).isEqualTo(202);
		assertThat(received.getData().getStatus()).isEqualTo(ReturnStatus.RECEIVED);
	}

	@Test
	void cancelledOrderIsListedAsCancelled() throws Exception {
		String sku = newProduct("10.00", 2, 0);
		String orderNumber = own(orders.placeOrder(order(sku, 1, "tok_visa"), null).getOrderNumber());
		steps.runJobs();

		OrderDetails cancelled = orders.cancelOrder(orderNumber, new CancelOrderRequest().reason("Ordered twice"),
				null);

		assertThat(cancelled.getStatus()).isEqualTo(OrderStatus.CANCELLED);
		assertThat(orders
			.listOrders(orderNumber, null, null, List.of(OrderStatus.CANCELLED), null, null, null, null, 0, 100)
			.getContent()).extracting(OrderSummary::getOrderNumber).contains(orderNumber);
		ApiException again = catchThrowableOfType(ApiException.class,
				() -> orders.cancelOrder(orderNumber, new CancelOrderRequest().reason("Again"), null));
		assertThat(again.getCode()).isEqualTo(409);
		assertThat(problem(again).getTitle()).isEqualTo("Conflict");
	}

	@Test
	void declinedOrderIsPaidWithNewDetails() throws Exception {
		String sku = newProduct("10.00", 2, 0);
		String orderNumber = own(orders.placeOrder(order(sku, 1, "tok_chargeDeclined"), null).getOrderNumber());
		steps.runJobs();
		assertThat(orders.getOrder(orderNumber).getStatus()).isEqualTo(OrderStatus.AWAITING_PAYMENT);

		ApiResponse<OrderDetails> updated = orders.updatePaymentDetailsWithHttpInfo(orderNumber,
				new PaymentDetails().method(PaymentMethod.CARD).token("tok_visa"), null);
		steps.runJobs();

		assertThat(updated.getStatusCode()).isEqualTo(202);
		OrderDetails paid = orders.getOrder(orderNumber);
		assertThat(paid.getStatus()).isEqualTo(OrderStatus.IN_FULFILLMENT);
		assertThat(paid.getPaymentStatus()).isEqualTo(OrderDetails.PaymentStatusEnum.AUTHORIZED);
	}

	@Test
	void invalidOrderIsAProblemNamingTheFieldAndStaffAreForbidden() {
		PlaceOrderRequest invalid = order("MUG-CER-350", 1, "tok_visa");
		invalid.getCustomer().email("not-an-address");

		ApiException refused = catchThrowableOfType(ApiException.class, () -> orders.placeOrder(invalid, null));
		ApiException forbidden = catchThrowableOfType(ApiException.class,
				() -> new OrdersApi(client("wendy")).getOrder("OF-100001"));

		assertThat(refused.getCode()).isEqualTo(400);
		assertThat(refused.getResponseHeaders().firstValue("Content-Type")).hasValue("application/problem+json");
		assertThat(problem(refused).getErrors()).singleElement()
			.satisfies(error -> assertThat(error.getField()).isEqualTo("customer.email"));
		assertThat(forbidden.getCode()).isEqualTo(403);
	}

	private static PlaceOrderRequest order(String sku, int quantity, String token) {
		Address berlin = new Address().name("Ada Lovelace")
			.line1("Main St 1")
			.city("Berlin")
			.postalCode("10115")
			.country("DE");
		String customer = UUID.randomUUID().toString().substring(0, 8);
		return new PlaceOrderRequest().channel(SalesChannel.WEB)
			.customer(new Customer().id("C-" + customer).name("Ada Lovelace").email("ada." + customer + "@example.com"))
			.shippingAddress(berlin)
			.lines(List.of(new OrderLineRequest().sku(sku).quantity(quantity)))
			.shippingMethod(ShippingMethod.STANDARD)
			.payment(new Payment().method(PaymentMethod.CARD).token(token));
	}

	/**
	 * The carrier reports the parcel delivered, signing the bytes the client sends for
	 * the event.
	 */
	private io.orderflow.client.model.CarrierEventAccepted delivered(String trackingNumber) throws Exception {
		ApiClient carrier = client(null);
		CarrierEvent event = new CarrierEvent().trackingNumber(trackingNumber)
			.type(CarrierEventType.DELIVERED)
			.occurredAt(OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS));
		String timestamp = String.valueOf(Instant.now().getEpochSecond());
		byte[] body = carrier.getObjectMapper().writeValueAsBytes(event);
		return new CarrierWebhookApi(carrier).postCarrierEvent(timestamp,
				PartnerSignature.sign(timestamp, body, io.orderflow.OrderflowApi.CARRIER_SECRET), event);
	}

	private ApiClient client(String user) {
		ApiClient client = new ApiClient();
		client.updateBaseUri(api.anonymous().getRootUri());
		if (user != null) {
			String credentials = Base64.getEncoder()
				.encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8));
			client.setRequestInterceptor(request -> request.header("Authorization", "Basic " + credentials));
		}
		return client;
	}

	private Problem problem(ApiException e) {
		try {
			return shop.getObjectMapper().readValue(e.getResponseBody(), Problem.class);
		}
		catch (Exception unreadable) {
			throw new AssertionError("Not a problem: " + e.getResponseBody(), unreadable);
		}
	}

	/** Notes an order or return this test created, so its steps are run. */
	private String own(String businessKey) {
		ownBusinessKeys.add(businessKey);
		return businessKey;
	}

}
