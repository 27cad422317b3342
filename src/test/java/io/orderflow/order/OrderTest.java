package io.orderflow.order;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** What of an order is still to ship, per SKU. */
class OrderTest {

	@Test
	void openQuantitiesLeaveOutWhatWasCancelledOrShipped() {
		Order order = orderOf(line(1, "MUG-CER-350", 4, "12.50").ship(1), line(2, "JEANS-IND-32", 3, "89.00").cancel(1),
				line(3, "COFFEE-1KG", 2, "26.90").ship(1).cancel(1));

		assertThat(order.openQuantities()).isEqualTo(Map.of("MUG-CER-350", 3, "JEANS-IND-32", 2));
	}

	@Test
	void twoLinesOfTheSameItemAreOpenTogether() {
		Order order = orderOf(line(1, "MUG-CER-350", 2, "12.50"), line(2, "BOTTLE-750", 1, "29.90"),
				line(3, "MUG-CER-350", 3, "12.50").ship(1));

		assertThat(order.openQuantities()).isEqualTo(Map.of("MUG-CER-350", 4, "BOTTLE-750", 1));
	}

	@Test
	void aFullyShippedOrderHasNothingOpen() {
		Order order = orderOf(line(1, "MUG-CER-350", 2, "12.50").ship(2));

		assertThat(order.openQuantities()).isEmpty();
	}

	private static OrderLine line(int number, String sku, int quantity, String unitPrice) {
		return OrderLine.priced(number, sku, sku, quantity, new BigDecimal(unitPrice));
	}

	private static Order orderOf(OrderLine... lines) {
		return new Order("OF-100001", SalesChannel.WEB, OrderStatus.IN_FULFILLMENT, null, null, null,
				ShippingMethod.STANDARD, PaymentMethod.CARD, "tok_visa", "EUR", null, List.of(lines), null);
	}

}
