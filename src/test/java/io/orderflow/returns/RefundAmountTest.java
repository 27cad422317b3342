package io.orderflow.returns;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import io.orderflow.order.Totals;
import io.orderflow.returns.ReturnRequest.ReturnedLine;
import org.junit.jupiter.api.Test;

/**
 * What the customer gets back: the goods at the prices paid with the tax charged on them,
 * never the shipping.
 */
class RefundAmountTest {

	/**
	 * 2 mugs at 12.50 and 1 kg of coffee at 26.90, standard shipping 4.95, 19 % VAT on
	 * 56.85.
	 */
	static final Totals ORDER = totals("51.90", "4.95", "10.80", "67.65");

	static final ReturnedLine ONE_MUG = new ReturnedLine(1, "MUG-CER-350", "Ceramic mug, 350 ml", 1,
			new BigDecimal("12.50"));

	static final ReturnedLine COFFEE = new ReturnedLine(2, "COFFEE-1KG", "Espresso beans, 1 kg", 1,
			new BigDecimal("26.90"));

	@Test
	void oneItemComesBackWithTheTaxPaidOnIt() {
		// 12.50 + 12.50 × 10.80 / 56.85 = 12.50 + 2.3747
		assertThat(RefundAmount.of(List.of(ONE_MUG), ORDER)).isEqualTo(new BigDecimal("14.87"));
	}

	@Test
	void returningEverythingRefundsAllButTheShippingAndItsTax() {
		ReturnedLine bothMugs = new ReturnedLine(1, "MUG-CER-350", "Ceramic mug, 350 ml", 2, new BigDecimal("12.50"));
		List<ReturnedLine> everything = List.of(bothMugs, COFFEE);

		// 67.65 less shipping 4.95 less its tax 0.94
		assertThat(RefundAmount.of(everything, ORDER)).isEqualTo(new BigDecimal("61.76"));
	}

	@Test
	void theTaxIsTheOrdersOwnRateNotTodays() {
		Totals reducedRate = totals("51.90", "4.95", "3.98", "60.83");

		// 12.50 + 12.50 × 3.98 / 56.85 = 12.50 + 0.8751
		assertThat(RefundAmount.of(List.of(ONE_MUG), reducedRate)).isEqualTo(new BigDecimal("13.38"));
	}

	@Test
	void anOrderWithoutTaxRefundsJustTheGoods() {
		Totals untaxed = totals("51.90", "4.95", "0.00", "56.85");

		assertThat(RefundAmount.of(List.of(COFFEE), untaxed)).isEqualTo(new BigDecimal("26.90"));
	}

	@Test
	void aFreeOrderRefundsNothingAndDoesNotDivideByZero() {
		ReturnedLine freeSample = new ReturnedLine(1, "COFFEE-SAMPLE", "Espresso beans, 50 g sample", 1,
				new BigDecimal("0.00"));

		assertThat(RefundAmount.of(List.of(freeSample), totals("0.00", "0.00", "0.00", "0.00")))
			.isEqualTo(new BigDecimal("0.00"));
	}

	private static Totals totals(String subtotal, String shipping, String tax, String grandTotal) {
		return new Totals(new BigDecimal(subtotal), new BigDecimal(shipping), new BigDecimal(tax),
				new BigDecimal(grandTotal));
	}

}
