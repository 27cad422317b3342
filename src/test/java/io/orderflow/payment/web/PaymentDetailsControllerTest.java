package io.orderflow.payment.web;

import static io.orderflow.security.ApiSlice.basic;
import static org.hamcrest.Matchers.contains;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

import io.orderflow.order.Address;
import io.orderflow.order.Customer;
import io.orderflow.order.OrderDetails;
import io.orderflow.order.OrderStatus;
import io.orderflow.order.OrderViews;
import io.orderflow.order.PaymentMethod;
import io.orderflow.order.SalesChannel;
import io.orderflow.order.ShippingMethod;
import io.orderflow.order.Totals;
import io.orderflow.order.UnknownOrderException;
import io.orderflow.payment.PaymentDetailsUpdate;
import io.orderflow.security.ApiSlice;
import io.orderflow.web.ConflictException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** What the shop hears when it sends new payment details after a decline. */
@WebMvcTest(PaymentDetailsController.class)
@Import(ApiSlice.class)
class PaymentDetailsControllerTest {

	@Autowired
	MockMvc mvc;

	@MockitoBean
	PaymentDetailsUpdate update;

	@MockitoBean
	OrderViews views;

	@Test
	void newDetailsAreAcceptedForAnotherAttempt() throws Exception {
		when(views.details("OF-100001")).thenReturn(awaitingPayment());

		send("{\"method\":\"CARD\",\"token\":\"tok_visa\"}").andExpect(status().isAccepted())
			.andExpect(jsonPath("$.orderNumber").value("OF-100001"))
			.andExpect(jsonPath("$.paymentMethod").value("CARD"));
		verify(update).update("OF-100001", PaymentMethod.CARD, "tok_visa");
	}

	@Test
	void aSwitchToBankTransferNeedsNoToken() throws Exception {
		when(views.details("OF-100001")).thenReturn(awaitingPayment());

		send("{\"method\":\"BANK_TRANSFER\"}").andExpect(status().isAccepted());
		verify(update).update("OF-100001", PaymentMethod.BANK_TRANSFER, null);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			{"token":"tok_visa"}                           | method
			{"method":"CHEQUE","token":"tok_visa"}         | method
			{"method":"CARD","token":"tok_visa","cvc":"123"} | cvc
			{"method":"CARD","token":"tok\\u0000"}         | token
			""")
	void invalidDetailsAreRefusedNamingTheFieldAndNothingChanges(String body, String field) throws Exception {
		send(body).andExpect(status().isBadRequest())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[*].field", contains(field)));
		verifyNoInteractions(update, views);
	}

	@Test
	void anOverlongTokenIsRefused() throws Exception {
		send("{\"method\":\"CARD\",\"token\":\"tok_" + "x".repeat(125) + "\"}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", contains("token")));
		verifyNoInteractions(update);
	}

	@Test
	void anOrderNotWaitingForPaymentIsAConflict() throws Exception {
		doThrow(new ConflictException(
				"Order OF-100001 is IN_FULFILLMENT; new payment details are taken only while it is AWAITING_PAYMENT"))
			.when(update)
			.update("OF-100001", PaymentMethod.CARD, "tok_visa");

		send("{\"method\":\"CARD\",\"token\":\"tok_visa\"}").andExpect(status().isConflict())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.title").value("Conflict"))
			.andExpect(jsonPath("$.detail").value(
					"Order OF-100001 is IN_FULFILLMENT; new payment details are taken only while it is AWAITING_PAYMENT"));
	}

	@Test
	void anUnknownOrderIsNotFound() throws Exception {
		doThrow(new UnknownOrderException("OF-100001")).when(update)
			.update("OF-100001", PaymentMethod.CARD, "tok_visa");

		send("{\"method\":\"CARD\",\"token\":\"tok_visa\"}").andExpect(status().isNotFound())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value("There is no order OF-100001."));
	}

	private ResultActions send(String body) throws Exception {
		return mvc.perform(post("/api/orders/OF-100001/payment").with(basic(ApiSlice.SHOP, ApiSlice.SHOP))
			.contentType(MediaType.APPLICATION_JSON)
			.content(body));
	}

	private static OrderDetails awaitingPayment() {
		Address berlin = Address.of("Ada Lovelace", "Main St 1", "Berlin", "10115", "DE");
		return new OrderDetails("OF-100001", OrderStatus.AWAITING_PAYMENT, SalesChannel.WEB, null,
				new Customer("C-1", "Ada Lovelace", "ada@example.com"), berlin, berlin, ShippingMethod.STANDARD,
				PaymentMethod.CARD, "EUR", List.of(),
				new Totals(new BigDecimal("51.90"), new BigDecimal("4.95"), new BigDecimal("10.80"),
						new BigDecimal("67.65")),
				"DECLINED", List.of(), List.of(), OffsetDateTime.parse("2026-11-22T10:00:00Z"), null, List.of());
	}

}
