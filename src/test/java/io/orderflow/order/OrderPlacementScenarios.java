package io.orderflow.order;

import static io.orderflow.NewOrder.line;
import static io.orderflow.OrderflowApi.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.orderflow.HttpScenarios;
import io.orderflow.NewOrder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * What a channel sends to place an order and what it gets back: addresses checked against
 * their country's rules and stored normalised, a marketplace's own prices within the
 * tolerance, a SKU once per order, and a channel's repeat of its own order number
 * answered with the first order. Every refusal is a 400 naming the field, and stores no
 * order.
 */
abstract class OrderPlacementScenarios extends HttpScenarios {

	@ParameterizedTest(name = "{0}: \"{2}\" is stored as \"{3}\"")
	@CsvSource(nullValues = "-",
			value = { "DE, -, 10115, 10115", "AT, -, 1010, 1010", "CH, -, 8001, 8001", "FR, -, 75 001, 75001",
					"NL, -, 1012ab, 1012 AB", "BE, -, 1000, 1000", "IT, -, 00118, 00118", "ES, -, 28001, 28001",
					"PL, -, 00950, 00-950", "GB, -, sw1a  1aa, SW1A 1AA", "GB, -, M11AE, M1 1AE",
					"US, ca, 95014-1234, 95014-1234", "CA, on, k1a0b1, K1A 0B1", "JP, -, 100-0001, 100-0001" })
	void eachCountrysPostalCodeIsTakenInItsFormatAndStoredNormalised(String country, String region, String sent,
			String stored) {
		NewOrder order = NewOrder.of(line(newProduct("10.00", 5, 0), 1))
			.shippedTo(new NewOrder.Address("Ada Lovelace", "Main St 1", null, "Town", region, sent, country));

		ResponseEntity<String> placed = api.place(order);

		assertThat(placed.getStatusCode()).as(placed.getBody()).isEqualTo(HttpStatus.CREATED);
		JsonNode address = api.order(json(placed).get("orderNumber").asText()).get("shippingAddress");
		assertThat(address.get("postalCode").asText()).isEqualTo(stored);
		assertThat(address.get("country").asText()).isEqualTo(country);
		if (region != null) {
			assertThat(address.get("region").asText()).isEqualTo(region.toUpperCase());
		}
	}

	@ParameterizedTest(name = "{0}: \"{2}\" is refused")
	@CsvSource(nullValues = "-",
			value = { "DE, -, 1011", "AT, -, 10100", "CH, -, 800", "FR, -, 7500", "NL, -, 1012", "BE, -, 10000",
					"IT, -, 0011", "ES, -, 2800A", "PL, -, 00-95", "GB, -, 12345", "GB, -, SW1A 1AI", "US, NY, 1001",
					"CA, ON, 12345", "DE, -, !!!" })
	void aPostalCodeNotInItsCountrysFormatIsRefusedNamingTheField(String country, String region, String sent) {
		NewOrder order = NewOrder.of(line(newProduct("10.00", 5, 0), 1))
			.shippedTo(new NewOrder.Address("Ada Lovelace", "Main St 1", null, "Town", region, sent, country));

		assertRefused(order, "shippingAddress.postalCode");
	}

	@Test
	void aCountryOutsideIso3166IsRefusedOnEitherAddress() {
		String sku = newProduct("10.00", 5, 0);
		NewOrder.Address nowhere = new NewOrder.Address("Ada Lovelace", "Main St 1", "x", "!!!", "ZZ");

		assertRefused(NewOrder.of(line(sku, 1)).shippedTo(nowhere), "shippingAddress.country");
		assertRefused(NewOrder.of(line(sku, 1)).billedTo(nowhere), "billingAddress.country");
	}

	@Test
	void aUsOrCanadianAddressNeedsItsStateOrProvinceFromTheOfficialList() {
		String sku = newProduct("10.00", 5, 0);

		assertRefused(
				NewOrder.of(line(sku, 1))
					.shippedTo(new NewOrder.Address("Ada Lovelace", "1 Infinite Loop", "Cupertino", "95014", "US")),
				"shippingAddress.region");
		assertRefused(NewOrder.of(line(sku, 1))
			.shippedTo(new NewOrder.Address("Ada Lovelace", "1 Infinite Loop", null, "Cupertino", "XX", "95014", "US")),
				"shippingAddress.region");
		assertRefused(NewOrder.of(line(sku, 1))
			.billedTo(new NewOrder.Address("Ada Lovelace", "24 Sussex Dr", null, "Ottawa", "CA", "K1M 1M4", "CA")),
				"billingAddress.region");
	}

	@Test
	void theSecondAddressLineAndTheRegionAreKeptWithTheOrder() {
		NewOrder order = NewOrder.of(line(newProduct("10.00", 5, 0), 1))
			.shippedTo(new NewOrder.Address("Ada Lovelace", "Main St 1", "  Flat   3, rear  ", "Berlin", "Berlin",
					"10115", "DE"));

		JsonNode address = api.order(api.placed(order)).get("shippingAddress");

		assertThat(address.get("line2").asText()).isEqualTo("Flat 3, rear");
		assertThat(address.get("region").asText()).isEqualTo("Berlin");
	}

	@Test
	void aMarketplaceRepeatOfItsOwnOrderNumberGetsTheFirstOrderAndCreatesNothing() {
		String sku = newProduct("10.00", 5, 0);
		String externalId = "MP-" + sku;
		NewOrder order = NewOrder.of(line(sku, 2)).via("MARKETPLACE").withExternalId(externalId);
		String first = api.placed(order);
		engine.runJobs();

		ResponseEntity<String> repeat = api.place(order);
		ResponseEntity<String> changedRepeat = api.place(order.withLines(line(sku, 3)));
		engine.runJobs();

		assertThat(repeat.getStatusCode()).as(repeat.getBody()).isEqualTo(HttpStatus.OK);
		assertThat(json(repeat).get("orderNumber").asText()).isEqualTo(first);
		assertThat(json(repeat).get("externalOrderId").asText()).isEqualTo(externalId);
		assertThat(changedRepeat.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(json(changedRepeat).at("/lines/0/quantity").asInt()).isEqualTo(2);
		assertThat(ordersWithExternalId(externalId)).isEqualTo(1);
		assertThat(reservationsInTheJournal(sku)).isEqualTo(1);
		assertThat(books.reserved(sku, "BER")).isEqualTo(2);
	}

	@Test
	void theSameExternalOrderNumberFromAnotherChannelIsAnotherOrder() {
		String sku = newProduct("10.00", 5, 0);
		String externalId = "42-" + sku;

		String marketplace = api.placed(NewOrder.of(line(sku, 1)).via("MARKETPLACE").withExternalId(externalId));
		String phone = api.placed(NewOrder.of(line(sku, 1)).via("PHONE").withExternalId(externalId));

		assertThat(phone).isNotEqualTo(marketplace);
		assertThat(ordersWithExternalId(externalId)).isEqualTo(2);
	}

	@ParameterizedTest(name = "catalogue 20.00, marketplace {0}: taken")
	@CsvSource({ "18.00", "19.99", "22.00", "21.5" })
	void aMarketplacePriceWithinTheToleranceIsCharged(String offered) {
		String sku = newProduct("20.00", 5, 0);

		JsonNode order = api.order(api.placed(NewOrder.of(line(sku, 2).at(offered)).via("MARKETPLACE")));

		assertThat(order.at("/lines/0/unitPrice").decimalValue()).isEqualByComparingTo(offered);
		assertThat(order.at("/lines/0/lineTotal").decimalValue())
			.isEqualByComparingTo(new java.math.BigDecimal(offered).multiply(java.math.BigDecimal.valueOf(2)));
	}

	@ParameterizedTest(name = "catalogue 20.00, marketplace {0}: refused")
	@CsvSource({ "17.99", "22.01", "0.01" })
	void aMarketplacePriceOutsideTheToleranceIsRefusedNamingTheLine(String offered) {
		String sku = newProduct("20.00", 5, 0);
		String other = newProduct("5.00", 5, 0);

		ResponseEntity<String> refused = assertRefused(
				NewOrder.of(line(other, 1), line(sku, 2).at(offered)).via("MARKETPLACE"), "lines[1].unitPrice");

		assertThat(json(refused).at("/errors/0/message").asText()).contains("20.00");
	}

	@Test
	void onlyAMarketplaceSendsItsOwnPrice() {
		String sku = newProduct("20.00", 5, 0);

		assertRefused(NewOrder.of(line(sku, 1).at("20.00")), "lines[0].unitPrice");
		assertRefused(NewOrder.of(line(sku, 1).at("20.00")).via("PHONE"), "lines[0].unitPrice");
	}

	@Test
	void aSkuOnTwoLinesIsRefusedNamingTheLaterLine() {
		String sku = newProduct("20.00", 5, 0);
		String other = newProduct("5.00", 5, 0);

		assertRefused(NewOrder.of(line(sku, 1), line(other, 1), line(sku, 2)), "lines[2].sku");
	}

	/** The order is refused with a 400 naming the field, and nothing is stored. */
	private ResponseEntity<String> assertRefused(NewOrder order, String field) {
		ResponseEntity<String> refused = api.place(order);
		assertThat(refused.getStatusCode()).as(refused.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(json(refused).get("errors").findValuesAsText("field")).containsExactly(field);
		assertThat(books.ordersOfCustomer(order.customer().id())).isZero();
		return refused;
	}

	protected long ordersWithExternalId(String externalId) {
		return jdbc.sql("select count(*) from customer_order where external_order_id = ?")
			.param(externalId)
			.query(Long.class)
			.single();
	}

	private long reservationsInTheJournal(String sku) {
		return jdbc.sql("select count(*) from stock_movement where sku = ? and movement_type = 'RESERVATION'")
			.param(sku)
			.query(Long.class)
			.single();
	}

}
