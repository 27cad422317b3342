package io.orderflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What Orderflow wrote down behind its API, read from its tables: stock levels and their
 * journal, the payment provider's ledger (keyed {@code <order number>:<step>:…}), and the
 * messages sent to customers.
 */
public final class Books {

	private final JdbcClient jdbc;

	public Books(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public int onHand(String sku, String warehouse) {
		return level("on_hand", sku, warehouse);
	}

	public int reserved(String sku, String warehouse) {
		return level("reserved", sku, warehouse);
	}

	/** Levels are what the journal adds up to, in every warehouse. */
	public void assertJournalMatchesLevels(String sku) {
		List<Map<String, Object>> mismatches = jdbc.sql("""
				select l.warehouse_code, l.on_hand, l.reserved
				from stock_level l left join stock_movement m on m.sku = l.sku and m.warehouse_code = l.warehouse_code
				where l.sku = ?
				group by l.warehouse_code, l.on_hand, l.reserved
				having l.on_hand <> coalesce(sum(m.on_hand_delta), 0)
					or l.reserved <> coalesce(sum(m.reserved_delta), 0)""").param(sku).query().listOfRows();
		assertThat(mismatches).isEmpty();
	}

	/**
	 * Calls of the operation (AUTHORIZE, CAPTURE, VOID, REFUND) the provider recorded for
	 * the order.
	 */
	public int ledgerEntries(String orderNumber, String operation) {
		return jdbc.sql("select count(*) from payment_gateway_ledger where idempotency_key like ? and operation = ?")
			.params(orderNumber + ":%", operation)
			.query(Integer.class)
			.single();
	}

	public BigDecimal capturedTotal(String orderNumber) {
		return approvedTotal(orderNumber, "CAPTURE");
	}

	public BigDecimal refundedTotal(String orderNumber) {
		return approvedTotal(orderNumber, "REFUND");
	}

	private BigDecimal approvedTotal(String orderNumber, String operation) {
		return jdbc
			.sql("select coalesce(sum(amount), 0) from payment_gateway_ledger"
					+ " where idempotency_key like ? and operation = ? and approved")
			.params(orderNumber + ":%", operation)
			.query(BigDecimal.class)
			.single();
	}

	public BigDecimal authorizedAmount(String orderNumber) {
		return jdbc
			.sql("select amount from payment_gateway_ledger"
					+ " where idempotency_key like ? and operation = 'AUTHORIZE' and approved")
			.param(orderNumber + ":authorize:%")
			.query(BigDecimal.class)
			.single();
	}

	/**
	 * Waits until the work that follows earlier commits in the background is done (event
	 * listeners, customer mails and the timeline entries they write), so a test that
	 * compares counts sees only its own request's effect.
	 */
	public void awaitBackgroundWork() {
		try {
			org.awaitility.Awaitility.await()
				.atMost(java.time.Duration.ofSeconds(20))
				.until(() -> jdbc.sql("select count(*) from event_publication where completion_date is null")
					.query(Integer.class)
					.single() == 0
						&& jdbc.sql("select count(*) from customer_message where status = 'PENDING'")
							.query(Integer.class)
							.single() == 0);
		}
		catch (org.awaitility.core.ConditionTimeoutException stillBusy) {
			throw new AssertionError("Background work still unfinished: "
					+ jdbc.sql("select listener_id, event_type from event_publication where completion_date is null")
						.query()
						.listOfRows()
					+ jdbc
						.sql("select id, event_type, status, attempts, next_attempt_at, last_error"
								+ " from customer_message where status = 'PENDING'")
						.query()
						.listOfRows(),
					stillBusy);
		}
	}

	/**
	 * The event types of the customer's mails about the order, once every event published
	 * so far has been handled (listeners run after the commit, on their own threads).
	 */
	public List<String> customerMessages(String orderNumber) {
		org.awaitility.Awaitility.await()
			.atMost(java.time.Duration.ofSeconds(20))
			.until(() -> jdbc
				.sql("select count(*) from event_publication where completion_date is null and serialized_event like ?")
				.param("%\"orderNumber\":\"" + orderNumber + "\"%")
				.query(Integer.class)
				.single() == 0);
		return jdbc.sql("select event_type from customer_message where order_number = ? order by id")
			.param(orderNumber)
			.query(String.class)
			.list();
	}

	public long orderCount() {
		return jdbc.sql("select count(*) from customer_order").query(Long.class).single();
	}

	public long ordersOfCustomer(String customerId) {
		return jdbc.sql("select count(*) from customer_order where customer_id = ?")
			.param(customerId)
			.query(Long.class)
			.single();
	}

	private int level(String column, String sku, String warehouse) {
		return jdbc.sql("select " + column + " from stock_level where sku = ? and warehouse_code = ?")
			.params(sku, warehouse)
			.query(Integer.class)
			.single();
	}

}
