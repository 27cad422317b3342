package io.orderflow.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.util.stream.Stream;

import io.orderflow.order.Totals;
import org.junit.jupiter.api.Test;

/**
 * What each shipment of a split order is charged: its goods' share of the grand total.
 */
class CaptureSharesTest {

	@Test
	void eachShipmentPaysItsGoodsShareOfDeliveryAndTaxToo() {
		// 2 mugs (25.00) from Berlin, 1 kg of coffee (26.90) from Leipzig
		Totals order = totals("51.90", "4.95", "10.80", "67.65");

		BigDecimal berlin = CaptureShares.shareOfGrandTotal(order, new BigDecimal("25.00"));
		BigDecimal leipzig = CaptureShares.shareOfGrandTotal(order, new BigDecimal("26.90"));

		assertThat(berlin).isEqualTo(new BigDecimal("32.59"));
		assertThat(leipzig).isEqualTo(new BigDecimal("35.06"));
		assertThat(berlin.add(leipzig)).isEqualTo(order.grandTotal());
	}

	@Test
	void sharesOfThreeEqualShipmentsComeWithinACentOfTheGrandTotal() {
		// 3 bottles at 29.90, each from another warehouse
		Totals order = totals("89.70", "4.95", "17.98", "112.63");

		BigDecimal captured = Stream.generate(() -> CaptureShares.shareOfGrandTotal(order, new BigDecimal("29.90")))
			.limit(3)
			.reduce(BigDecimal.ZERO, BigDecimal::add);

		assertThat(CaptureShares.shareOfGrandTotal(order, new BigDecimal("29.90"))).isEqualTo(new BigDecimal("37.54"));
		assertThat(captured).isCloseTo(order.grandTotal(), within(new BigDecimal("0.01")));
	}

	@Test
	void theLastShipmentNeverTakesTheCustomerPastTheGrandTotal() {
		// 4 mugs, 2 from each warehouse: each share rounds up from 32.695 to 32.70, the
		// total is 65.39
		Totals order = totals("50.00", "4.95", "10.44", "65.39");

		BigDecimal first = CaptureShares.toCapture(order, new BigDecimal("25.00"), BigDecimal.ZERO);
		BigDecimal second = CaptureShares.toCapture(order, new BigDecimal("25.00"), first);

		assertThat(first).isEqualTo(new BigDecimal("32.70"));
		assertThat(second).isEqualTo(new BigDecimal("32.69"));
		assertThat(first.add(second)).isEqualTo(order.grandTotal());
		assertThat(CaptureShares.toCapture(order, new BigDecimal("25.00"), order.grandTotal()))
			.isEqualByComparingTo("0");
	}

	@Test
	void aShipmentOfEverythingPaysTheGrandTotal() {
		Totals order = totals("51.90", "4.95", "10.80", "67.65");

		assertThat(CaptureShares.shareOfGrandTotal(order, new BigDecimal("51.90"))).isEqualTo(order.grandTotal());
	}

	@Test
	void anOrderWithoutGoodsValueHasNoShareToCapture() {
		Totals nothingLeft = totals("0.00", "4.95", "0.94", "5.89");

		assertThat(CaptureShares.shareOfGrandTotal(nothingLeft, BigDecimal.ZERO)).isEqualByComparingTo("0");
	}

	private static Totals totals(String subtotal, String shipping, String tax, String grandTotal) {
		return new Totals(new BigDecimal(subtotal), new BigDecimal(shipping), new BigDecimal(tax),
				new BigDecimal(grandTotal));
	}

}
