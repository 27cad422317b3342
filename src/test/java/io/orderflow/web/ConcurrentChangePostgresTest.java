package io.orderflow.web;

import static io.orderflow.NewOrder.line;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import io.orderflow.HttpScenarios;
import io.orderflow.NewOrder;
import io.orderflow.OnPostgres;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ResponseEntity;

/**
 * A cancellation racing another node's hand-over, which locks the same order's stock and
 * order rows the other way round: PostgreSQL breaks the deadlock by failing the
 * cancellation's statement. The database is up, so that is no outage (503); the
 * cancellation runs once more inside the server, after the other transaction is done, and
 * succeeds, with an {@code Idempotency-Key} too. The other node's transaction is played
 * here by a connection of the test that locks the stock row, waits until the cancellation
 * waits for it, then asks for the order row.
 */
class ConcurrentChangePostgresTest extends HttpScenarios implements OnPostgres {

	@Autowired
	DataSource dataSource;

	@Test
	void aCancellationThatLosesADeadlockIsRunOnceMoreAndSucceeds() throws Exception {
		String orderNumber = awaitingPayment();

		ResponseEntity<String> cancelled = cancelAgainstTheOppositeLockOrder(orderNumber, null);

		assertThat(cancelled.getStatusCode().is2xxSuccessful()).as(cancelled.toString()).isTrue();
		assertThat(api.order(orderNumber).get("status").asText()).isEqualTo("CANCELLED");
	}

	@Test
	void aCancellationWithAnIdempotencyKeyThatLosesADeadlockIsRunOnceMoreAndSucceeds() throws Exception {
		String orderNumber = awaitingPayment();
		String key = UUID.randomUUID().toString();

		ResponseEntity<String> cancelled = cancelAgainstTheOppositeLockOrder(orderNumber, key);
		ResponseEntity<String> retried = api.cancel(orderNumber, "Changed my mind", key);

		assertThat(cancelled.getStatusCode().is2xxSuccessful()).as(cancelled.toString()).isTrue();
		assertThat(api.order(orderNumber).get("status").asText()).isEqualTo("CANCELLED");
		assertThat(retried.getStatusCode()).isEqualTo(cancelled.getStatusCode());
		assertThat(retried.getHeaders().getFirst("Idempotent-Replayed")).isEqualTo("true");
	}

	private String awaitingPayment() {
		String sku = newProduct("12.50", 5, 0);
		String orderNumber = api.placed(NewOrder.of(line(sku, 1)).paidWith("BANK_TRANSFER", null));
		assertThat(api.order(orderNumber).get("status").asText()).isEqualTo("AWAITING_PAYMENT");
		return orderNumber;
	}

	private ResponseEntity<String> cancelAgainstTheOppositeLockOrder(String orderNumber, String key) throws Exception {
		try (Connection otherNode = dataSource.getConnection()) {
			otherNode.setAutoCommit(false);
			try (Statement settings = otherNode.createStatement()) {
				// The cancellation, waiting first, is the one PostgreSQL fails.
				settings.execute("set local deadlock_timeout = '20s'");
			}
			try (PreparedStatement stock = otherNode.prepareStatement("select sku from stock_level"
					+ " where (sku, warehouse_code) in (select sku, warehouse_code from stock_reservation"
					+ " where order_number = ?) for update")) {
				stock.setString(1, orderNumber);
				assertThat(rows(stock)).as("stock rows of the order locked").isPositive();
			}
			int otherPid = pid(otherNode);
			CompletableFuture<ResponseEntity<String>> cancellation = CompletableFuture
				.supplyAsync(() -> api.cancel(orderNumber, "Changed my mind", key));
			waitUntilAnotherBackendWaitsForALock(otherPid);
			try (PreparedStatement order = otherNode
				.prepareStatement("select order_number from customer_order where order_number = ? for update")) {
				order.setString(1, orderNumber);
				assertThat(rows(order)).as("order row locked once the cancellation gave up").isEqualTo(1);
			}
			otherNode.rollback();
			return cancellation.get(60, TimeUnit.SECONDS);
		}
	}

	private void waitUntilAnotherBackendWaitsForALock(int otherPid) throws Exception {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
		while (System.nanoTime() < deadline) {
			Integer waiting = jdbc
				.sql("select count(*) from pg_stat_activity where wait_event_type = 'Lock' and pid <> ?"
						+ " and datname = current_database() and query like 'update stock_level%'")
				.param(otherPid)
				.query(Integer.class)
				.single();
			if (waiting > 0) {
				return;
			}
			Thread.sleep(20);
		}
		throw new AssertionError("The cancellation never waited for the stock row");
	}

	private static int rows(PreparedStatement statement) throws SQLException {
		int count = 0;
		try (ResultSet rows = statement.executeQuery()) {
			while (rows.next()) {
				count++;
			}
		}
		return count;
	}

	private static int pid(Connection connection) throws SQLException {
		try (Statement statement = connection.createStatement();
				ResultSet pid = statement.executeQuery("select pg_backend_pid()")) {
			pid.next();
			return pid.getInt(1);
		}
	}

}
