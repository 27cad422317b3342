package io.orderflow.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** What the customer pays: goods, delivery and 19 % VAT on both, in cents. */
class OrderPricingTest {

	static final PricingProperties SHOP = new PricingProperties(new BigDecimal("0.19"),
			Map.of(ShippingMethod.STANDARD, new BigDecimal("4.95"), ShippingMethod.EXPRESS, new BigDecimal("9.95")),
			BigDecimal.TEN);

	final OrderPricing pricing = new OrderPricing(SHOP);

	final OrderLine mugs = OrderLine.priced(1, "MUG-CER-350", "Ceramic mug, 350 ml", 2, new BigDecimal("12.50"));

	final OrderLine coffee = OrderLine.priced(2, "COFFEE-1KG", "Espresso beans, 1 kg", 1, new BigDecimal("26.90"));

	@Test
	void goodsPlusDeliveryPlusTaxOnBothIsTheGrandTotal() {
		Totals totals = pricing.totals(List.of(mugs, coffee), ShippingMethod.STANDARD);

		// 19 % of 56.85 is 10.8015.
		assertThat(totals).isEqualTo(new Totals(new BigDecimal("51.90"), new BigDecimal("4.95"),
				new BigDecimal("10.80"), new BigDecimal("67.65")));
	}

	@Test
	void fasterDeliveryCostsMoreAndIsTaxedToo() {
		Totals totals = pricing.totals(List.of(mugs, coffee), ShippingMethod.EXPRESS);

		assertThat(totals).isEqualTo(new Totals(new BigDecimal("51.90"), new BigDecimal("9.95"),
				new BigDecimal("11.75"), new BigDecimal("73.60")));
	}

	@Test
	void halfACentOfTaxIsRoundedUp() {
		OrderLine shirts = OrderLine.priced(1, "TSHIRT-BLK-M", "Organic cotton T-shirt, black, M", 2,
				new BigDecimal("19.90"));
		OrderLine card = OrderLine.priced(2, "GIFT-CARD", "Greeting card", 1, new BigDecimal("6.75"));

		Totals totals = pricing.totals(List.of(shirts, card), ShippingMethod.STANDARD);

		// 19 % of 51.50 is 9.785.
		assertThat(totals.tax()).isEqualByComparingTo("9.79");
		assertThat(totals.grandTotal()).isEqualByComparingTo("61.29");
	}

	@Test
	void cancelledUnitsAreNotCharged() {
		Totals totals = pricing.totals(List.of(mugs.cancel(1), coffee), ShippingMethod.STANDARD);

		assertThat(totals).isEqualTo(new Totals(new BigDecimal("39.40"), new BigDecimal("4.95"), new BigDecimal("8.43"),
				new BigDecimal("52.78")));
	}

	@Test
	void everyAmountHasExactlyTwoDecimals() {
		OrderLine whole = OrderLine.priced(1, "KETTLE-1L7", "Electric kettle, 1.7 l", 1, new BigDecimal("49"));
		PricingProperties roundCharges = new PricingProperties(new BigDecimal("0.19"),
				Map.of(ShippingMethod.STANDARD, new BigDecimal("5")), BigDecimal.TEN);

		Totals totals = new OrderPricing(roundCharges).totals(List.of(whole), ShippingMethod.STANDARD);

		assertThat(totals).isEqualTo(new Totals(new BigDecimal("49.00"), new BigDecimal("5.00"),
				new BigDecimal("10.26"), new BigDecimal("64.26")));
	}

	@Test
	void aShippingMethodWithoutAConfiguredChargeIsRefused() {
		assertThatThrownBy(() -> pricing.totals(List.of(mugs), ShippingMethod.EXPEDITED))
			.isInstanceOf(IllegalStateException.class)
			.hasMessage("No shipping charge configured for EXPEDITED");
	}

}
