package io.orderflow.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.orderflow.HttpScenarios;
import org.junit.jupiter.api.Test;

/** The catalogue as a shop reads it over the API. */
abstract class CatalogueScenarios extends HttpScenarios {

	@Test
	void catalogueListsPricesInTheStoreCurrency() {
		JsonNode products = api.products();

		assertThat(products.size()).isGreaterThanOrEqualTo(20);
		assertThat(products.findValuesAsText("currency")).containsOnly("EUR");
		assertThat(products.findValues("unitPrice")).allSatisfy(price -> assertThat(price.decimalValue()).isPositive());
	}

}
