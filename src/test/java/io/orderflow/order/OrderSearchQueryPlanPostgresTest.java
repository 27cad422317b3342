package io.orderflow.order;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.sql.DataSource;

import io.orderflow.HttpScenarios;
import io.orderflow.OnPostgres;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * Each filter of the order search can be served by an index (V24, V24.1, V17): with
 * sequential scans priced out, PostgreSQL plans the search's own query on the index
 * named, whatever the size of the table. Without the pattern operator classes a prefix
 * match could not use a b-tree under the database's collation and would scan every order.
 */
class OrderSearchQueryPlanPostgresTest extends HttpScenarios implements OnPostgres {

	@Autowired
	DataSource dataSource;

	static List<Object[]> searches() {
		Instant from = Instant.parse("2026-12-01T00:00:00Z");
		return List.of(
				search("ix_order_number_pattern",
						new OrderSearch("OF-10", null, null, Set.of(), null, null, null, false)),
				search("ix_order_email_lower_placed",
						new OrderSearch(null, "Ada@Example.com", null, Set.of(), null, null, null, false)),
				search("ix_order_name_lower_pattern",
						new OrderSearch(null, null, "Ada Love", Set.of(), null, null, null, false)),
				// Both indexes that lead with the status serve it:
				// the planner picks either.
				search("ix_order_status_placed|ix_order_retention",
						new OrderSearch(null, null, null, Set.of(OrderStatus.UNDER_REVIEW, OrderStatus.BACKORDERED),
								null, null, null, false)),
				search("ix_order_channel_placed",
						new OrderSearch(null, null, null, Set.of(), SalesChannel.PHONE, null, null, false)),
				search("ix_order_placed",
						new OrderSearch(null, null, null, Set.of(), null, from, from.plusSeconds(86_400), false)));
	}

	private static Object[] search(String index, OrderSearch search) {
		return new Object[] { index, search };
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("searches")
	void eachFilterIsAnIndexScan(String index, OrderSearch search) throws SQLException {
		OrderRepository.SearchQuery query = OrderRepository.SearchQuery.of(search, null);
		String plan = plan("select order_number from customer_order" + query.where()
				+ " order by placed_at desc, order_number desc limit 20", query.params());

		assertThat(plan).containsPattern("Index Scan (Backward )?(using|on) (" + index + ")\\b")
			.doesNotContain("Seq Scan");
	}

	private String plan(String sql, Map<String, Object> params) throws SQLException {
		try (Connection connection = dataSource.getConnection()) {
			connection.createStatement().execute("set enable_seqscan = off");
			try {
				NamedParameterJdbcTemplate jdbc = new NamedParameterJdbcTemplate(
						new SingleConnectionDataSource(connection, true));
				return String.join("\n", jdbc.queryForList("explain " + sql, params, String.class));
			}
			finally {
				connection.createStatement().execute("reset enable_seqscan");
			}
		}
	}

}
