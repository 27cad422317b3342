package io.orderflow.returns.web;

import static io.orderflow.security.ApiSlice.basic;
import static org.hamcrest.Matchers.contains;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.never;
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
import java.util.Map;

import io.orderflow.order.UnknownOrderException;
import io.orderflow.returns.ReturnDesk;
import io.orderflow.returns.ReturnReason;
import io.orderflow.returns.ReturnRequest.ReturnedLine;
import io.orderflow.returns.ReturnRequest;
import io.orderflow.returns.ReturnStatus;
import io.orderflow.returns.Returns;
import io.orderflow.returns.UnknownReturnException;
import io.orderflow.security.ApiSlice;
import io.orderflow.web.ConflictException;
import io.orderflow.web.InvalidRequestException;
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

/**
 * What the returns API answers: the new return and its refund, or the problem with the
 * request.
 */
@WebMvcTest(ReturnController.class)
@Import(ApiSlice.class)
class ReturnControllerTest {

	static final String VALID = """
			{"reason":"DAMAGED","comment":"Mug arrived broken","lines":[{"sku":"MUG-CER-350","quantity":1}]}""";

	static final ReturnedLine ONE_MUG = new ReturnedLine(1, "MUG-CER-350", "Ceramic mug, 350 ml", 1,
			new BigDecimal("12.50"));

	@Autowired
	MockMvc mvc;

	@MockitoBean
	ReturnDesk desk;

	@MockitoBean
	Returns returns;

	@Test
	void aRequestedReturnIsAnswered201WithWhereToFindItAndTheRefundDue() throws Exception {
		when(desk.open(anyString(), any(), any(), anyMap(), any())).thenReturn("RMA-500001");
		when(returns.get("RMA-500001")).thenReturn(returnOf(ReturnStatus.REQUESTED, null));
		when(returns.refundDue(any(ReturnRequest.class))).thenReturn(new BigDecimal("14.87"));

		requestReturn(VALID).andExpect(status().isCreated())
			.andExpect(header().string("Location", "/api/returns/RMA-500001"))
			.andExpect(jsonPath("$.status").value("REQUESTED"))
			.andExpect(jsonPath("$.refundAmount").value(14.87));
		verify(desk).open("OF-100001", ReturnReason.DAMAGED, "Mug arrived broken", Map.of("MUG-CER-350", 1),
				ApiSlice.SHOP);
	}

	@ParameterizedTest(name = "{2}")
	@CsvSource(delimiter = '|', textBlock = """
			"reason":"DAMAGED",       | ''                             | reason
			"reason":"DAMAGED"        | "reason":"BORED"               | reason
			"quantity":1              | "quantity":0                   | lines[0].quantity
			"quantity":1              | "quantity":10001               | lines[0].quantity
			"sku":"MUG-CER-350"       | "sku":""                       | lines[0].sku
			"quantity":1              | "quantity":1,"unitPrice":0.01  | lines[0].unitPrice
			"comment":"Mug arrived broken" | "comment":"Mug\\u0000"    | comment
			""")
	void anInvalidReturnIsRefusedNamingTheFieldAndNothingIsOpened(String valid, String invalid, String field)
			throws Exception {
		requestReturn(VALID.replace(valid, invalid)).andExpect(status().isBadRequest())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[*].field", contains(field)));
		verifyNoInteractions(desk);
	}

	@Test
	void aReturnOfNothingIsRefused() throws Exception {
		requestReturn("{\"reason\":\"CHANGED_MIND\",\"lines\":[]}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", contains("lines")));
		verifyNoInteractions(desk);
	}

	@Test
	void aLongStoryIsRefused() throws Exception {
		requestReturn(VALID.replace("Mug arrived broken", "x".repeat(501))).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", contains("comment")));
		verifyNoInteractions(desk);
	}

	@Test
	void anItemListedTwiceIsRefusedAtItsSecondLine() throws Exception {
		requestReturn("""
				{"reason":"WRONG_ITEM","lines":[{"sku":"MUG-CER-350","quantity":1},{"sku":"COFFEE-1KG","quantity":1},
				 {"sku":"MUG-CER-350","quantity":1}]}""").andExpect(status().isBadRequest())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[0].field").value("lines[2].sku"))
			.andExpect(jsonPath("$.errors[0].message").value("is listed twice"));
		verifyNoInteractions(desk);
	}

	@Test
	void moreThanWasShippedIsRefusedNamingTheLine() throws Exception {
		when(desk.open(anyString(), any(), any(), anyMap(), any()))
			.thenThrow(new InvalidRequestException("lines[0].quantity", "only 1 of MUG-CER-350 can still be returned"));

		requestReturn(VALID.replace("\"quantity\":1", "\"quantity\":2")).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("lines[0].quantity"))
			.andExpect(jsonPath("$.errors[0].message").value("only 1 of MUG-CER-350 can still be returned"));
	}

	@Test
	void aReturnForAnUnknownOrderIsNotFound() throws Exception {
		when(desk.open(eq("OF-100001"), any(), any(), anyMap(), any()))
			.thenThrow(new UnknownOrderException("OF-100001"));

		requestReturn(VALID).andExpect(status().isNotFound())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value("There is no order OF-100001."));
	}

	@Test
	void anOrderNotYetDeliveredTakesNoReturns() throws Exception {
		when(desk.open(eq("OF-100001"), any(), any(), anyMap(), any())).thenThrow(new ConflictException(
				"Order OF-100001 is SHIPPED; returns are taken for delivered orders within the return window"));

		requestReturn(VALID).andExpect(status().isConflict())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail")
				.value("Order OF-100001 is SHIPPED; returns are taken for delivered orders within the return window"));
	}

	@Test
	void anUnknownReturnIsNotFound() throws Exception {
		when(returns.get("RMA-599999")).thenThrow(new UnknownReturnException("RMA-599999"));

		mvc.perform(get("/api/returns/RMA-599999").with(basic(ApiSlice.SHOP, ApiSlice.SHOP)))
			.andExpect(status().isNotFound())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value("There is no return RMA-599999."));
	}

	@Test
	void aRefundedReturnShowsWhatWasRefunded() throws Exception {
		when(returns.get("RMA-500001")).thenReturn(returnOf(ReturnStatus.REFUNDED, new BigDecimal("14.87")));

		mvc.perform(get("/api/returns/RMA-500001").with(basic(ApiSlice.SHOP, ApiSlice.SHOP)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("REFUNDED"))
			.andExpect(jsonPath("$.refundAmount").value(14.87));
		verify(returns, never()).refundDue(any(ReturnRequest.class));
	}

	@Test
	void aReceivedParcelIsAccepted() throws Exception {
		when(returns.get("RMA-500001")).thenReturn(returnOf(ReturnStatus.RECEIVED, null));
		when(returns.refundDue(any(ReturnRequest.class))).thenReturn(new BigDecimal("14.87"));

		mvc.perform(post("/api/returns/RMA-500001/receipt").with(basic(ApiSlice.SHOP, ApiSlice.SHOP)))
			.andExpect(status().isAccepted())
			.andExpect(jsonPath("$.status").value("RECEIVED"));
		verify(desk).receive("RMA-500001");
	}

	@Test
	void aParcelForAReturnNotApprovedIsAConflict() throws Exception {
		doThrow(new ConflictException("Return RMA-500001 is REJECTED; only parcels of approved returns are taken in"))
			.when(desk)
			.receive("RMA-500001");

		mvc.perform(post("/api/returns/RMA-500001/receipt").with(basic(ApiSlice.SHOP, ApiSlice.SHOP)))
			.andExpect(status().isConflict())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail")
				.value("Return RMA-500001 is REJECTED; only parcels of approved returns are taken in"));
	}

	private ResultActions requestReturn(String body) throws Exception {
		return mvc.perform(post("/api/orders/OF-100001/returns").with(basic(ApiSlice.SHOP, ApiSlice.SHOP))
			.contentType(MediaType.APPLICATION_JSON)
			.content(body));
	}

	private static ReturnRequest returnOf(ReturnStatus status, BigDecimal refunded) {
		return new ReturnRequest("RMA-500001", "OF-100001", status, ReturnReason.DAMAGED, "Mug arrived broken",
				List.of(ONE_MUG), null, null, refunded, OffsetDateTime.parse("2026-11-22T10:00:00Z"));
	}

}
