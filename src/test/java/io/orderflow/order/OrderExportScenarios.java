package io.orderflow.order;

import static io.orderflow.NewOrder.line;
import static io.orderflow.OrderflowApi.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import io.orderflow.HttpScenarios;
import io.orderflow.NewOrder;
import io.orderflow.OrderflowApi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * An ERP or BI system downloads the orders placed in a period as CSV over HTTP: one row
 * per order line under a header row, quoted as RFC 4180 says, with cells a spreadsheet
 * would run as a formula defused. The period of a test is from its first order's placed
 * time to the next order's, so no other test's order is in it.
 */
abstract class OrderExportScenarios extends HttpScenarios {

	private static final String HEADER = "orderNumber,placedAt,channel,status,customerEmail,country,sku,quantity,"
			+ "unitPrice,lineTotal,currency,shippedQuantity,cancelledQuantity\r\n";

	OrderflowApi shop;

	@BeforeEach
	void theShop() {
		shop = api.as("shop");
	}

	@Test
	void eachLineOfTheOrdersPlacedInThePeriodIsARowWithFormulasDefusedAndCommasQuoted() {
		String mug = newProduct("12.00", 20, 0);
		String socks = newProduct("5.50", 20, 0);
		String tag = UUID.randomUUID().toString().substring(0, 8);
		String formula = shop.placed(NewOrder.of(line(mug, 2), line(socks, 1))
			.by(new NewOrder.Customer("C-" + tag, "Ada", "=cmd" + tag + "@example.com")));
		String quoted = shop.placed(NewOrder.of(line(socks, 3))
			.by(new NewOrder.Customer("C-" + tag, "Ada", "\"ada,lovelace" + tag + "\"@example.com")));
		String after = shop.placed(NewOrder.of(line(mug, 1)));

		String csv = csv("from=" + placedAt(formula) + "&to=" + placedAt(after));

		JsonNode first = api.order(formula);
		JsonNode second = api.order(quoted);
		assertThat(csv).isEqualTo(HEADER + row(first, "'=cmd" + tag + "@example.com", mug, "2,12.00,24.00")
				+ row(first, "'=cmd" + tag + "@example.com", socks, "1,5.50,5.50")
				+ row(second, "\"\"\"ada,lovelace" + tag + "\"\"@example.com\"", socks, "3,5.50,16.50"));
	}

	@Test
	void aPeriodWithoutOrdersIsTheHeaderAlone() {
		assertThat(csv("from=2001-01-01&to=2001-01-31")).isEqualTo(HEADER);
	}

	@ParameterizedTest(name = "?{0}")
	@CsvSource(delimiter = '|',
			value = { "from=yesterday&to=2026-12-01 | from", "from=2026-12-01&to=2026-12-32 | to",
					"from=2026-12-02&to=2026-12-01 | to", "from=2024-01-01&to=2025-12-31 | to",
					"from=2026-12-01&to=2026-12-02&format=xlsx | format" })
	void aBadOrUnknownParameterOrTooLongAPeriodIsA400NamingIt(String query, String parameter) {
		ResponseEntity<String> refused = shop.rest().getForEntity("/api/exports/orders.csv?" + query, String.class);

		assertThat(refused.getStatusCode()).as(refused.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(refused.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(json(refused).get("errors").findValuesAsText("field")).containsExactly(parameter);
	}

	@Test
	void customerServiceMayDownloadTheExportAndWarehouseStaffMayNot() {
		String query = "/api/exports/orders.csv?from=2001-01-01&to=2001-01-02";
		assertThat(api.as("carla").rest().getForEntity(query, String.class).getStatusCode()).isEqualTo(HttpStatus.OK);

		ResponseEntity<String> refused = api.as("wendy").rest().getForEntity(query, String.class);
		assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(refused.getBody()).contains("orders:read");
	}

	private String csv(String query) {
		ResponseEntity<String> found = api.as("carla")
			.rest()
			.getForEntity("/api/exports/orders.csv?" + query, String.class);
		assertThat(found.getStatusCode()).as(found.getBody()).isEqualTo(HttpStatus.OK);
		assertThat(found.getHeaders().getContentType().isCompatibleWith(MediaType.parseMediaType("text/csv"))).isTrue();
		return found.getBody() == null ? "" : found.getBody();
	}

	private Instant placedAt(String orderNumber) {
		return Instant.parse(api.order(orderNumber).get("placedAt").asText());
	}

	/** The row of one line as the order API shows the order. */
	private static String row(JsonNode order, String emailCell, String sku, String quantityAndPrices) {
		return String.join(",",
				List.of(order.get("orderNumber").asText(), Instant.parse(order.get("placedAt").asText()).toString(),
						order.get("channel").asText(), order.get("status").asText(), emailCell, "DE", sku,
						quantityAndPrices, "EUR", "0", "0"))
				+ "\r\n";
	}

}
