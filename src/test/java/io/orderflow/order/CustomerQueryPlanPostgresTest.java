package io.orderflow.order;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import io.orderflow.HttpScenarios;
import io.orderflow.OnPostgres;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The fraud checks' customer queries can be served by indexes: by customer id and by the
 * e-mail address in lower case. With sequential scans priced out, PostgreSQL plans them
 * on the two indexes, whatever the size of the table; had no index matched
 * {@code lower(customer_email)}, it would still have to scan every order (issue #15).
 */
class CustomerQueryPlanPostgresTest extends HttpScenarios implements OnPostgres {

	@Autowired
	DataSource dataSource;

	@Test
	void theVelocityQueryIsARangeScanOnTheCustomerAndEmailIndexes() throws SQLException {
		assertThat(plan(OrderRepository.OTHER_ORDERS_SINCE, "OF-0", Timestamp.from(Instant.now()), "C-1",
				"Ada@Example.com"))
			.contains("ix_order_customer_placed", "ix_order_email_lower_placed")
			.doesNotContain("Seq Scan");
	}

	@Test
	void theFirstOrderQueryIsARangeScanOnTheCustomerAndEmailIndexes() throws SQLException {
		assertThat(plan(OrderRepository.ANY_OTHER_ORDER, "OF-0", "C-1", "Ada@Example.com"))
			.contains("ix_order_customer_placed", "ix_order_email_lower_placed")
			.doesNotContain("Seq Scan");
	}

	private String plan(String query, Object... parameters) throws SQLException {
		try (Connection connection = dataSource.getConnection()) {
			connection.createStatement().execute("set enable_seqscan = off");
			try (PreparedStatement explain = connection.prepareStatement("explain " + query)) {
				for (int i = 0; i < parameters.length; i++) {
					explain.setObject(i + 1, parameters[i]);
				}
				List<String> lines = new ArrayList<>();
				try (ResultSet plan = explain.executeQuery()) {
					while (plan.next()) {
						lines.add(plan.getString(1));
					}
				}
				return String.join("\n", lines);
			}
			finally {
				connection.createStatement().execute("reset enable_seqscan");
			}
		}
	}

}
