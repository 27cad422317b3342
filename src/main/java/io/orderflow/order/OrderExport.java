package io.orderflow.order;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Orders placed in a period as CSV for ERP and BI, one row per order line. The rows are
 * written as the database returns them (read with a fetch size inside a transaction, so
 * PostgreSQL streams them too): memory stays the same whatever the period holds.
 */
@Service
public class OrderExport {

	static final List<String> HEADER = List.of("orderNumber", "placedAt", "channel", "status", "customerEmail",
			"country", "sku", "quantity", "unitPrice", "lineTotal", "currency", "shippedQuantity", "cancelledQuantity");

	private static final String LINES_PLACED_IN_PERIOD = """
			select o.order_number, o.placed_at, o.channel, o.status, o.customer_email, o.ship_country, l.sku,
			l.quantity, l.unit_price, l.line_total, o.currency, l.shipped_quantity, l.cancelled_quantity
			from customer_order o join order_line l on l.order_number = o.order_number
			where o.placed_at >= ? and o.placed_at < ? order by o.placed_at, o.order_number, l.line_number""";

	private final JdbcTemplate jdbc;

	private final OrderExportProperties properties;

	OrderExport(DataSource dataSource, OrderExportProperties properties) {
		this.jdbc = new JdbcTemplate(dataSource);
		this.jdbc.setFetchSize(500);
		this.properties = properties;
	}

	public Duration maxPeriod() {
		return properties.maxPeriod();
	}

	/**
	 * Writes the header and the lines of the orders placed from (inclusive) to
	 * (exclusive).
	 */
	@Transactional(readOnly = true)
	public void writeCsv(Instant from, Instant to, Writer out) {
		CsvRow row = new CsvRow(out);
		row.write(HEADER);
		jdbc.query(LINES_PLACED_IN_PERIOD, rs -> {
			row.write(List.of(rs.getString("order_number"),
					rs.getObject("placed_at", OffsetDateTime.class).withOffsetSameInstant(ZoneOffset.UTC).toString(),
					rs.getString("channel"), rs.getString("status"), rs.getString("customer_email"),
					rs.getString("ship_country"), rs.getString("sku"), String.valueOf(rs.getInt("quantity")),
					plain(rs.getBigDecimal("unit_price")), plain(rs.getBigDecimal("line_total")),
					rs.getString("currency"), String.valueOf(rs.getInt("shipped_quantity")),
					String.valueOf(rs.getInt("cancelled_quantity"))));
		}, from.atOffset(ZoneOffset.UTC), to.atOffset(ZoneOffset.UTC));
		try {
			out.flush();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static String plain(BigDecimal amount) {
		return amount.toPlainString();
	}

}
