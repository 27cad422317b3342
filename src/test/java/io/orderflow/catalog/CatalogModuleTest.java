package io.orderflow.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.UUID;

import io.orderflow.web.ConflictException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ActiveProfiles;

/**
 * The catalogue booted with the modules it needs (infrastructure, whose start-up lock the
 * demo catalogue takes, and web's API errors): it publishes no events, so what it stores
 * is what a user notices. A product added is sold, a second one with its SKU is refused,
 * and a deactivated product stays in the catalogue but is no longer sold.
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES)
@ActiveProfiles({ "demo", "test" })
class CatalogModuleTest {

	@Autowired
	ProductAdministration administration;

	@Autowired
	ProductRepository products;

	@Test
	void theDemoCatalogueIsThere() {
		assertThat(products.findAllByActiveTrueOrderBySku()).isNotEmpty();
	}

	@Test
	void aProductAddedIsSoldAndItsSkuTaken(Scenario scenario) {
		Product product = product(true);

		scenario.stimulate(() -> administration.add(product))
			.andWaitForStateChange(() -> products.findAllByActiveTrueOrderBySku().contains(product))
			.andVerify(sold -> assertThat(administration.get(product.sku())).isEqualTo(product));

		assertThatThrownBy(() -> administration.add(product)).isInstanceOf(ConflictException.class);
	}

	@Test
	void aDeactivatedProductStaysButIsNoLongerSold(Scenario scenario) {
		Product product = administration.add(product(true));
		Product deactivated = new Product(product.sku(), product.name(), product.unitPrice(), product.weightGrams(),
				product.category(), product.hazardous(), product.fragile(), false);

		scenario.stimulate(() -> administration.replace(deactivated))
			.andWaitForStateChange(() -> products.findAllByActiveTrueOrderBySku().contains(product), sold -> !sold)
			.andVerify(sold -> assertThat(products.findById(product.sku())).contains(deactivated));
	}

	private static Product product(boolean active) {
		String sku = "MT-" + UUID.randomUUID().toString().substring(0, 8);
		return new Product(sku, "Module test product " + sku, new BigDecimal("9.90"), 250, "general", false, false,
				active);
	}

}
