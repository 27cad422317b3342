package io.orderflow.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;

import io.orderflow.H2FileDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading stock and reservations leaves the default H2 database's trace file empty. */
class StockRepositoryTraceTest {

	@TempDir
	Path folder;

	@Test
	void readingLevelsAndReservationsTracesNothing() throws Exception {
		H2FileDatabase database = new H2FileDatabase(folder);
		database.jdbc().sql("insert into warehouse (code, name, priority) values ('BER', 'Berlin', 1)").update();
		database.jdbc()
			.sql("insert into product (sku, name, unit_price, weight_grams) values ('MUG', 'Mug', 12.50, 350)")
			.update();
		database.jdbc()
			.sql("insert into stock_level (sku, warehouse_code, on_hand, reserved) values ('MUG', 'BER', 5, 0)")
			.update();
		StockRepository stock = new StockRepository(database.jdbc());

		List<StockLevel> levels = stock.levelsOf("MUG");
		List<StockLevel> locked = stock.lockLevels(List.of("MUG"));

		assertThat(levels).containsExactly(new StockLevel("MUG", "BER", 5, 0));
		assertThat(locked).isEqualTo(levels);
		assertThat(database.trace()).isEmpty();
	}

}
