package io.orderflow.inventory.web;

import static io.orderflow.security.ApiSlice.basic;
import static org.hamcrest.Matchers.contains;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import io.orderflow.inventory.StockLevel;
import io.orderflow.inventory.StockLevels;
import io.orderflow.security.ApiSlice;
import io.orderflow.web.InvalidRequestException;
import io.orderflow.web.NotFoundException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * What the inventory API answers: stock per warehouse, or why a receipt or count
 * correction was refused.
 */
@WebMvcTest(InventoryController.class)
@Import(ApiSlice.class)
class InventoryControllerTest {

	@Autowired
	MockMvc mvc;

	@MockitoBean
	StockLevels levels;

	@Test
	void stockIsShownPerWarehouseWithWhatIsLeftForNewOrders() throws Exception {
		when(levels.of("JEANS-IND-32")).thenReturn(
				List.of(new StockLevel("JEANS-IND-32", "BER", 40, 12), new StockLevel("JEANS-IND-32", "LEJ", 15, 0)));

		mvc.perform(get("/api/inventory/JEANS-IND-32").with(basic(ApiSlice.SHOP, ApiSlice.SHOP)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.available").value(43))
			.andExpect(jsonPath("$.warehouses[0].code").value("BER"))
			.andExpect(jsonPath("$.warehouses[0].available").value(28))
			.andExpect(jsonPath("$.warehouses[1].available").value(15));
	}

	@Test
	void anUnknownProductIsNotFound() throws Exception {
		when(levels.of("JEANS-IND-33")).thenThrow(new NotFoundException("There is no product JEANS-IND-33."));

		mvc.perform(get("/api/inventory/JEANS-IND-33").with(basic(ApiSlice.SHOP, ApiSlice.SHOP)))
			.andExpect(status().isNotFound())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value("There is no product JEANS-IND-33."));
	}

	@Test
	void aReceiptIsBookedAndTheNewStockShown() throws Exception {
		when(levels.of("JEANS-IND-32")).thenReturn(List.of(new StockLevel("JEANS-IND-32", "LEJ", 40, 0)));

		send("receipts", "{\"warehouse\":\"LEJ\",\"quantity\":25}").andExpect(status().isOk())
			.andExpect(jsonPath("$.available").value(40));
		verify(levels).receive("JEANS-IND-32", "LEJ", 25);
	}

	@ParameterizedTest
	@ValueSource(strings = { "0", "-5", "1000001", "null", "\"many\"", "2.5" })
	void aReceiptOfNoWholePositiveNumberOfGoodsIsRefused(String quantity) throws Exception {
		send("receipts", "{\"warehouse\":\"LEJ\",\"quantity\":" + quantity + "}").andExpect(status().isBadRequest())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[*].field", contains("quantity")));
		verify(levels, never()).receive(anyString(), anyString(), anyInt());
	}

	@Test
	void aReceiptNeedsAWarehouse() throws Exception {
		send("receipts", "{\"warehouse\":\" \",\"quantity\":25}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", contains("warehouse")));
		verify(levels, never()).receive(anyString(), anyString(), anyInt());
	}

	@Test
	void aReceiptForAWarehouseThatDoesNotExistIsRefusedNamingIt() throws Exception {
		doThrow(new InvalidRequestException("warehouse", "unknown warehouse HAM")).when(levels)
			.receive("JEANS-IND-32", "HAM", 25);

		send("receipts", "{\"warehouse\":\"HAM\",\"quantity\":25}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("warehouse"))
			.andExpect(jsonPath("$.errors[0].message").value("unknown warehouse HAM"));
	}

	@Test
	void aCountCorrectionRemovesUnitsWithItsReason() throws Exception {
		when(levels.of("JEANS-IND-32")).thenReturn(List.of(new StockLevel("JEANS-IND-32", "BER", 38, 12)));

		send("adjustments", "{\"warehouse\":\"BER\",\"quantity\":-2,\"reason\":\"Damaged in storage\"}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.available").value(26));
		verify(levels).adjust("JEANS-IND-32", "BER", -2, "Damaged in storage");
	}

	@Test
	void aCorrectionByNothingIsRefused() throws Exception {
		send("adjustments", "{\"warehouse\":\"BER\",\"quantity\":0,\"reason\":\"Recount\"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("quantity"))
			.andExpect(jsonPath("$.errors[0].message").value("must not be 0"));
		verify(levels, never()).adjust(anyString(), anyString(), anyInt(), anyString());
	}

	@Test
	void aCorrectionNeedsAReason() throws Exception {
		send("adjustments", "{\"warehouse\":\"BER\",\"quantity\":-2}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", contains("reason")));
		verify(levels, never()).adjust(anyString(), anyString(), anyInt(), anyString());
	}

	@Test
	void aCorrectionBelowWhatIsReservedIsRefused() throws Exception {
		doThrow(new InvalidRequestException("quantity",
				"would leave fewer units on hand in BER than are reserved for orders"))
			.when(levels)
			.adjust("JEANS-IND-32", "BER", -30, "Stock count");

		send("adjustments", "{\"warehouse\":\"BER\",\"quantity\":-30,\"reason\":\"Stock count\"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("quantity"))
			.andExpect(jsonPath("$.errors[0].message")
				.value("would leave fewer units on hand in BER than are reserved for orders"));
	}

	@Test
	void aBinIsRecordedAndShownWithTheStock() throws Exception {
		when(levels.of("JEANS-IND-32")).thenReturn(List.of(new StockLevel("JEANS-IND-32", "BER", 38, 12)));
		when(levels.binsOf("JEANS-IND-32")).thenReturn(java.util.Map.of("BER", "A-07-2"));

		assignBin("{\"bin\":\"A-07-2\"}").andExpect(status().isOk())
			.andExpect(jsonPath("$.warehouses[0].bin").value("A-07-2"));
		verify(levels).assignBin("JEANS-IND-32", "BER", "A-07-2");
	}

	@ParameterizedTest
	@ValueSource(strings = { "{\"bin\":\"\"}", "{\"bin\":\"A 07\"}", "{\"bin\":\"^XA\"}", "{}",
			"{\"bin\":\"A-1234567890123456789012345678901\"}" })
	void aBinThatCannotBePrintedOnAPickListIsRefused(String body) throws Exception {
		assignBin(body).andExpect(status().isBadRequest())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[*].field", org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.is("bin"))))
			.andExpect(jsonPath("$.errors[0].field").value("bin"));
		verify(levels, never()).assignBin(anyString(), anyString(), anyString());
	}

	private ResultActions assignBin(String body) throws Exception {
		return mvc.perform(put("/api/inventory/JEANS-IND-32/bins/BER").with(basic(ApiSlice.SHOP, ApiSlice.SHOP))
			.contentType(MediaType.APPLICATION_JSON)
			.content(body));
	}

	private ResultActions send(String what, String body) throws Exception {
		return mvc.perform(post("/api/inventory/JEANS-IND-32/" + what).with(basic(ApiSlice.SHOP, ApiSlice.SHOP))
			.contentType(MediaType.APPLICATION_JSON)
			.content(body));
	}

}
