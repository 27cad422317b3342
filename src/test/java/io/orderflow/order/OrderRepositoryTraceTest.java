package io.orderflow.order;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;

import io.orderflow.H2FileDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reading orders leaves the default H2 database's trace file empty: no exception per
 * column and row.
 */
class OrderRepositoryTraceTest {

	@TempDir
	Path folder;

	@Test
	void readingAnOrderWithItsLinesTracesNothing() throws Exception {
		H2FileDatabase database = new H2FileDatabase(folder);
		database.jdbc()
			.sql("insert into product (sku, name, unit_price, weight_grams) values ('MUG', 'Mug', 12.50, 350)")
			.update();
		OrderRepository orders = new OrderRepository(database.jdbc());
		Address address = Address.of("Ada Lovelace", "Main St 1", "Berlin", "10115", "DE");
		orders.insert(new Order("OF-1", SalesChannel.WEB, OrderStatus.PLACED,
				new Customer("C-1", "Ada Lovelace", "ada@example.com"), address, address, ShippingMethod.STANDARD,
				PaymentMethod.CASH_ON_DELIVERY, null, "EUR",
				new Totals(new BigDecimal("25.00"), new BigDecimal("4.95"), new BigDecimal("5.69"),
						new BigDecimal("35.64")),
				List.of(OrderLine.priced(1, "MUG", "Mug", 2, new BigDecimal("12.50"))), OffsetDateTime.now()));

		Order read = orders.find("OF-1").orElseThrow();

		assertThat(read.lines()).extracting(OrderLine::lineNumber, OrderLine::sku, OrderLine::openQuantity)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(1, "MUG", 2));
		assertThat(database.trace()).isEmpty();
	}

}
