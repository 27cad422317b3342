package io.orderflow.order.web;

import static io.orderflow.security.ApiSlice.basic;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.startsWith;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;

import io.orderflow.order.Address;
import io.orderflow.order.Customer;
import io.orderflow.order.Order;
import io.orderflow.order.CustomerReason;
import io.orderflow.order.OrderCancellation;
import io.orderflow.order.OrderDetails;
import io.orderflow.order.OrderLine;
import io.orderflow.order.OrderPlacement;
import io.orderflow.order.OrderSearches;
import io.orderflow.order.OrderStatus;
import io.orderflow.order.OrderViews;
import io.orderflow.order.PaymentMethod;
import io.orderflow.order.SalesChannel;
import io.orderflow.order.ShippingMethod;
import io.orderflow.order.Totals;
import io.orderflow.order.UnknownOrderException;
import io.orderflow.security.ApiSlice;
import io.orderflow.web.ConflictException;
import io.orderflow.web.InvalidRequestException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * What the order API answers, before anything is placed or cancelled: statuses, locations
 * and problems.
 */
@WebMvcTest(OrderController.class)
@Import(ApiSlice.class)
class OrderControllerTest {

	static final String VALID = """
			{"channel":"WEB","customer":{"id":"C-1","name":"Ada Lovelace","email":"ada@example.com"},
			 "shippingAddress":{"name":"Ada Lovelace","line1":"Main St 1","city":"Berlin","postalCode":"10115","country":"DE"},
			 "lines":[{"sku":"MUG-CER-350","quantity":2},{"sku":"COFFEE-1KG","quantity":1}],
			 "shippingMethod":"STANDARD","payment":{"method":"CARD","token":"tok_visa"}}""";

	static final Address BERLIN = Address.of("Ada Lovelace", "Main St 1", "Berlin", "10115", "DE");

	static final Totals TOTALS = new Totals(new BigDecimal("51.90"), new BigDecimal("4.95"), new BigDecimal("10.80"),
			new BigDecimal("67.65"));

	@Autowired
	MockMvc mvc;

	@MockitoBean
	OrderPlacement placement;

	@MockitoBean
	OrderCancellation cancellation;

	@MockitoBean
	OrderViews views;

	@MockitoBean
	OrderSearches searches;

	@Test
	void aPlacedOrderIsAnswered201WithWhereToFindIt() throws Exception {
		when(placement.place(any())).thenReturn(new OrderPlacement.Placement("OF-100001", true));
		when(views.details("OF-100001")).thenReturn(details(OrderStatus.PLACED));

		mvc.perform(asShop(post("/api/orders")).contentType(MediaType.APPLICATION_JSON).content(VALID))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", "/api/orders/OF-100001"))
			.andExpect(jsonPath("$.status").value("PLACED"))
			.andExpect(jsonPath("$.totals.grandTotal").value(67.65));
		verify(placement).place(argThat(request -> request.lines().size() == 2 && request.billingAddress() == null
				&& request.lines().get(0).quantity() == 2));
	}

	@ParameterizedTest(name = "{2}")
	@CsvSource(delimiter = '|', textBlock = """
			"quantity":2                   | "quantity":0                    | lines[0].quantity
			"quantity":2                   | "quantity":10000                | lines[0].quantity
			"quantity":2                   | "quantity":"two"                | lines[0].quantity
			"sku":"MUG-CER-350"            | "sku":" "                       | lines[0].sku
			"country":"DE"                 | "country":"de"                  | shippingAddress.country
			"city":"Berlin"                | "city":"Ber\\u0007lin"          | shippingAddress.city
			"email":"ada@example.com"      | "email":"ada-at-example.com"    | customer.email
			"channel":"WEB"                | "channel":"FAX"                 | channel
			"shippingMethod":"STANDARD",   | ''                              | shippingMethod
			"method":"CARD",               | ''                              | payment.method
			"channel":"WEB"                | "channel":"WEB","coupon":"XMAS" | coupon
			""")
	void anInvalidOrderIsRefusedNamingTheFieldAndNothingIsPlaced(String valid, String invalid, String field)
			throws Exception {
		mvc.perform(asShop(post("/api/orders")).contentType(MediaType.APPLICATION_JSON)
			.content(VALID.replace(valid, invalid)))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.title").value("Invalid request"))
			.andExpect(jsonPath("$.errors[*].field", contains(field)));
		verifyNoInteractions(placement, views);
	}

	@Test
	void anOrderWithoutLinesIsRefused() throws Exception {
		String noLines = VALID
			.replace("[{\"sku\":\"MUG-CER-350\",\"quantity\":2},{\"sku\":\"COFFEE-1KG\",\"quantity\":1}]", "[]");

		mvc.perform(asShop(post("/api/orders")).contentType(MediaType.APPLICATION_JSON).content(noLines))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", contains("lines")));
		verifyNoInteractions(placement);
	}

	@Test
	void everyMistakeIsNamedAtOnceInFieldOrder() throws Exception {
		String body = VALID.replace("\"quantity\":1", "\"quantity\":0")
			.replace("\"country\":\"DE\"", "\"country\":\"Germany\"")
			.replace("\"email\":\"ada@example.com\"", "\"email\":\"\"");

		mvc.perform(asShop(post("/api/orders")).contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field",
					contains("customer.email", "lines[1].quantity", "shippingAddress.country")))
			.andExpect(jsonPath("$.errors[2].message").value("must be an ISO 3166-1 alpha-2 country code, e.g. DE"));
		verifyNoInteractions(placement);
	}

	@Test
	void aBodyThatIsNotJsonIsRefused() throws Exception {
		mvc.perform(
				asShop(post("/api/orders")).contentType(MediaType.APPLICATION_JSON).content("{\"channel\":\"WEB\","))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[*].field", contains("body")))
			.andExpect(jsonPath("$.errors[0].message", startsWith("is not valid JSON")));
		verifyNoInteractions(placement);
	}

	@Test
	void anOversizedBodyIsRefusedBeforeItIsRead() throws Exception {
		String huge = VALID.replace("Main St 1", "x".repeat(70_000));

		mvc.perform(asShop(post("/api/orders")).contentType(MediaType.APPLICATION_JSON).content(huge))
			.andExpect(status().isPayloadTooLarge())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value("Request bodies are limited to 65536 bytes."));
		verifyNoInteractions(placement);
	}

	@Test
	void aSkuTheCatalogueDoesNotKnowIsNamedByItsLine() throws Exception {
		when(placement.place(any())).thenThrow(new InvalidRequestException("lines[1].sku", "unknown SKU COFFEE-1KG"));

		mvc.perform(asShop(post("/api/orders")).contentType(MediaType.APPLICATION_JSON).content(VALID))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[0].field").value("lines[1].sku"))
			.andExpect(jsonPath("$.errors[0].message").value("unknown SKU COFFEE-1KG"));
	}

	@Test
	void anUnknownOrderIsNotFound() throws Exception {
		when(views.details("OF-999999")).thenThrow(new UnknownOrderException("OF-999999"));

		mvc.perform(asShop(get("/api/orders/OF-999999")))
			.andExpect(status().isNotFound())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.title").value("Not found"))
			.andExpect(jsonPath("$.detail").value("There is no order OF-999999."));
	}

	@Test
	void aCancelledOrderIsAnsweredAsItNowStands() throws Exception {
		when(views.details("OF-100001")).thenReturn(details(OrderStatus.CANCELLED));

		mvc.perform(asShop(post("/api/orders/OF-100001/cancel")).contentType(MediaType.APPLICATION_JSON)
			.content("{\"reason\":\"Customer ordered the wrong size\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("CANCELLED"));
		verify(cancellation).cancel("OF-100001", "Customer ordered the wrong size", null, ApiSlice.SHOP);
	}

	@Test
	void aCancellationByStaffCarriesTheCodeOfWhatTheCustomerIsTold() throws Exception {
		mvc.perform(asShop(post("/api/orders/OF-100001/cancel")).contentType(MediaType.APPLICATION_JSON)
			.content("{\"reason\":\"Keeps returning\",\"customerReason\":\"OTHER\"}")).andExpect(status().isOk());
		verify(cancellation).cancel("OF-100001", "Keeps returning", CustomerReason.OTHER, ApiSlice.SHOP);
	}

	@Test
	void aCancellationNeedsAReason() throws Exception {
		mvc.perform(asShop(post("/api/orders/OF-100001/cancel")).contentType(MediaType.APPLICATION_JSON)
			.content("{\"reason\":\"  \"}"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[*].field", contains("reason")));
		verifyNoInteractions(cancellation);
	}

	@Test
	void anOrderThatHasShippedCannotBeCancelled() throws Exception {
		doThrow(new ConflictException("Order OF-100001 is SHIPPED and can no longer be cancelled; return it instead"))
			.when(cancellation)
			.cancel("OF-100001", "Too late", null, ApiSlice.SHOP);

		mvc.perform(asShop(post("/api/orders/OF-100001/cancel")).contentType(MediaType.APPLICATION_JSON)
			.content("{\"reason\":\"Too late\"}"))
			.andExpect(status().isConflict())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.title").value("Conflict"))
			.andExpect(jsonPath("$.detail")
				.value("Order OF-100001 is SHIPPED and can no longer be cancelled; return it instead"));
	}

	@Test
	void aCancellationThatRacedAProcessStepIsAConflictToRetry() throws Exception {
		doThrow(new OptimisticLockingException("ENGINE-03005")).when(cancellation)
			.cancel("OF-100001", "Duplicate", null, ApiSlice.SHOP);

		mvc.perform(asShop(post("/api/orders/OF-100001/cancel")).contentType(MediaType.APPLICATION_JSON)
			.content("{\"reason\":\"Duplicate\"}"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail")
				.value("The order changed while this request was handled; nothing was done. Try again."));
	}

	@Test
	void theListCountsItsPages() throws Exception {
		Order order = new Order("OF-100041", SalesChannel.MARKETPLACE, OrderStatus.IN_FULFILLMENT,
				new Customer("C-7", "Grace Hopper", "grace@example.com"), BERLIN, BERLIN, ShippingMethod.STANDARD,
				PaymentMethod.CARD, "tok_visa", "EUR", TOTALS, List.of(), OffsetDateTime.parse("2026-11-22T10:00:00Z"));
		when(searches.search(argThat(search -> search.statuses().equals(Set.of(OrderStatus.IN_FULFILLMENT))), eq(2),
				eq(20)))
			.thenReturn(new OrderSearches.Result(List.of(order), 41L));

		mvc.perform(asShop(get("/api/orders")).param("status", "IN_FULFILLMENT").param("page", "2"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.totalElements").value(41))
			.andExpect(jsonPath("$.totalPages").value(3))
			.andExpect(jsonPath("$.content[0].customerName").value("Grace Hopper"))
			.andExpect(jsonPath("$.content[0].grandTotal").value(67.65));
	}

	@ParameterizedTest(name = "{0}={1}")
	@CsvSource({ "size, 101", "size, 0", "page, -1", "status, LOST", "page, first", "channel, FAX",
			"placedFrom, yesterday", "placedTo, 2026-13-01", "email, ' '", "needsAttention, maybe", "emial, a@b.c" })
	void aListQueryOutOfBoundsIsRefusedNamingTheParameter(String parameter, String value) throws Exception {
		mvc.perform(asShop(get("/api/orders")).param(parameter, value))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[*].field", contains(parameter)));
		verifyNoInteractions(searches);
	}

	@Test
	void withoutCredentialsNothingIsPlaced() throws Exception {
		mvc.perform(post("/api/orders").contentType(MediaType.APPLICATION_JSON).content(VALID))
			.andExpect(status().isUnauthorized())
			.andExpect(header().string("WWW-Authenticate", "Basic realm=\"Orderflow\""))
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
		mvc.perform(post("/api/orders").with(basic(ApiSlice.SHOP, "guess"))
			.contentType(MediaType.APPLICATION_JSON)
			.content(VALID)).andExpect(status().isUnauthorized());
		verifyNoInteractions(placement);
	}

	@Test
	void staffMayNotUseTheApi() throws Exception {
		mvc.perform(post("/api/orders").with(basic(ApiSlice.CLERK, ApiSlice.CLERK))
			.contentType(MediaType.APPLICATION_JSON)
			.content(VALID))
			.andExpect(status().isForbidden())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.title").value("Forbidden"));
		verifyNoInteractions(placement);
	}

	private static MockHttpServletRequestBuilder asShop(MockHttpServletRequestBuilder request) {
		return request.with(basic(ApiSlice.SHOP, ApiSlice.SHOP));
	}

	private static OrderDetails details(OrderStatus status) {
		return new OrderDetails("OF-100001", status, SalesChannel.WEB, null,
				new Customer("C-1", "Ada Lovelace", "ada@example.com"), BERLIN, BERLIN, ShippingMethod.STANDARD,
				PaymentMethod.CARD, "EUR",
				List.of(OrderLine.priced(1, "MUG-CER-350", "Ceramic mug, 350 ml", 2, new BigDecimal("12.50")),
						OrderLine.priced(2, "COFFEE-1KG", "Espresso beans, 1 kg", 1, new BigDecimal("26.90"))),
				TOTALS, "PENDING", List.of(), List.of(), OffsetDateTime.parse("2026-11-22T10:00:00Z"), null, List.of());
	}

}
