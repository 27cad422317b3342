package io.orderflow.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

/** A line's quantities and what it is charged as units are cancelled and shipped. */
class OrderLineTest {

	final OrderLine jeans = OrderLine.priced(2, "JEANS-IND-32", "Selvedge jeans, indigo, 32/32", 3,
			new BigDecimal("89.00"));

	@Test
	void aNewLineIsChargedForEveryUnitAndAllOfItIsOpen() {
		assertThat(jeans.lineTotal()).isEqualTo(new BigDecimal("267.00"));
		assertThat(jeans.openQuantity()).isEqualTo(3);
		assertThat(jeans.cancelledQuantity()).isZero();
		assertThat(jeans.shippedQuantity()).isZero();
	}

	@Test
	void cancelledUnitsAreNoLongerOpenNorCharged() {
		OrderLine line = jeans.cancel(1);

		assertThat(line.openQuantity()).isEqualTo(2);
		assertThat(line.cancelledQuantity()).isEqualTo(1);
		assertThat(line.lineTotal()).isEqualTo(new BigDecimal("178.00"));
	}

	@Test
	void shippedUnitsAreNoLongerOpenButStillCharged() {
		OrderLine line = jeans.ship(2);

		assertThat(line.openQuantity()).isEqualTo(1);
		assertThat(line.shippedQuantity()).isEqualTo(2);
		assertThat(line.lineTotal()).isEqualTo(new BigDecimal("267.00"));
	}

	@Test
	void cancellingWhatDidNotShipChargesOnlyWhatShipped() {
		OrderLine line = jeans.ship(2).cancel(1);

		assertThat(line.openQuantity()).isZero();
		assertThat(line.lineTotal()).isEqualTo(new BigDecimal("178.00"));
	}

	@Test
	void cancellingAgainAddsUp() {
		OrderLine line = jeans.cancel(1).cancel(1);

		assertThat(line.cancelledQuantity()).isEqualTo(2);
		assertThat(line.lineTotal()).isEqualTo(new BigDecimal("89.00"));
	}

	@Test
	void moreThanIsOpenCannotBeCancelled() {
		OrderLine partlyShipped = jeans.ship(2);

		assertThatThrownBy(() -> partlyShipped.cancel(2)).isInstanceOf(IllegalArgumentException.class)
			.hasMessage("Cannot cancel 2 of line 2, 1 open");
		assertThatThrownBy(() -> jeans.cancel(-1)).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void moreThanIsOpenCannotBeShipped() {
		OrderLine partlyCancelled = jeans.cancel(2);

		assertThatThrownBy(() -> partlyCancelled.ship(2)).isInstanceOf(IllegalArgumentException.class)
			.hasMessage("Cannot ship 2 of line 2, 1 open");
		assertThatThrownBy(() -> jeans.ship(-1)).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void unitsAreWorthThePricePaidInCents() {
		OrderLine socks = OrderLine.priced(1, "SOCKS-3PK", "Merino socks, 3-pack", 5, new BigDecimal("24.5"));

		assertThat(socks.valueOf(3)).isEqualTo(new BigDecimal("73.50"));
		assertThat(socks.lineTotal()).isEqualTo(new BigDecimal("122.50"));
		assertThat(socks.valueOf(0)).isEqualTo(new BigDecimal("0.00"));
	}

}
