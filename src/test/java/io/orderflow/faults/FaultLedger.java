package io.orderflow.faults;

import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import io.orderflow.AppNode;

/**
 * What the cluster wrote down, read straight from its database after a scenario: each
 * order's status and process, the captures and the provider's ledger, shipments, the
 * stock journal, messages to customers and incidents. "Lost" is an order the shop was
 * promised (201) that is missing or not in a terminal status, or one the shop sent and
 * never got placed; "duplicated" is anything done twice. A cancelled order may keep no
 * approved authorization at the provider without a void, and shows its payment
 * {@code VOIDED} or {@code NOT_TAKEN}.
 */
final class FaultLedger {

	private final String url;

	FaultLedger(String url) {
		this.url = url;
	}

	record Findings(long completed, long cancelled, long rejected, long lost, long duplicated, long incidents,
			long heldAfterCancel, long paymentsUnsettled, long orphansVoided, List<String> problems) {
	}

	/**
	 * Waits until every cancelled order of the batch has released its payment (the void
	 * is a step of its own after the cancellation, retried a minute later if it failed)
	 * and no order's process still runs, or the time is up; the check then says what is
	 * left.
	 */
	void awaitPaymentsSettled(Set<String> placed, Duration timeout) throws SQLException, InterruptedException {
		Instant deadline = Instant.now().plus(timeout);
		while (Instant.now().isBefore(deadline)) {
			try (Connection db = DriverManager.getConnection(url, AppNode.DB_USER, AppNode.DB_PASSWORD)) {
				Array orders = db.createArrayOf("varchar", placed.toArray());
				if (heldAfterCancel(db, orders) + paymentsUnsettled(db, orders) + count(db,
						"select count(*) from act_ru_execution where business_key_ = any(?) and parent_id_ is null",
						orders) == 0) {
					return;
				}
			}
			Thread.sleep(1000);
		}
	}

	/**
	 * Cancelled orders the provider approved an authorization for that never became
	 * CONFIRMED: the cancellation met the authorization under way.
	 */
	long cancelledWhileAuthorizing(Set<String> placed) throws SQLException {
		try (Connection db = DriverManager.getConnection(url, AppNode.DB_USER, AppNode.DB_PASSWORD)) {
			return count(db, "select count(*) from customer_order o where o.order_number = any(?)"
					+ " and o.status = 'CANCELLED' and exists (select 1 from payment_gateway_ledger a"
					+ " where a.operation = 'AUTHORIZE' and a.approved and split_part(a.idempotency_key, ':', 1) = o.order_number)"
					+ " and not exists (select 1 from order_event e where e.order_number = o.order_number"
					+ " and e.event_type = 'CONFIRMED')", db.createArrayOf("varchar", placed.toArray()));
		}
	}

	/**
	 * Cancelled orders with an authorization the provider approved and no approved void
	 * against it: the customer's money is still held.
	 */
	private static long heldAfterCancel(Connection db, Array orders) throws SQLException {
		return count(db, "select count(*) from customer_order o where o.order_number = any(?)"
				+ " and o.status = 'CANCELLED' and exists (select 1 from payment_gateway_ledger a"
				+ " where a.operation = 'AUTHORIZE' and a.approved and split_part(a.idempotency_key, ':', 1) = o.order_number"
				+ " and not exists (select 1 from payment_gateway_ledger v where v.operation = 'VOID' and v.approved"
				+ " and v.authorization_reference = a.reference))", orders);
	}

	/**
	 * Cancelled orders whose payment status (as the order view shows it; no payment
	 * opened is NOT_TAKEN) is not VOIDED or NOT_TAKEN.
	 */
	private static long paymentsUnsettled(Connection db, Array orders) throws SQLException {
		return count(db,
				"select count(*) from customer_order o left join payment p on p.order_number = o.order_number"
						+ " where o.order_number = any(?) and o.status = 'CANCELLED'"
						+ " and coalesce(p.status, 'NOT_TAKEN') not in ('VOIDED', 'NOT_TAKEN')",
				orders);
	}

	Findings check(String scenario, int sent, Set<String> placed) throws SQLException {
		try (Connection db = DriverManager.getConnection(url, AppNode.DB_USER, AppNode.DB_PASSWORD)) {
			Array orders = db.createArrayOf("varchar", placed.toArray());
			List<String> problems = new ArrayList<>();
			String customers = "F-" + scenario + "-%";

			long stored = count(db, "select count(*) from customer_order where customer_id like ?", customers);
			long distinctCustomers = count(db,
					"select count(distinct customer_id) from customer_order where customer_id like ?", customers);
			long terminal = count(db, "select count(*) from customer_order where order_number = any(?)"
					+ " and status in ('COMPLETED', 'CANCELLED', 'REJECTED')", orders);
			long lost = (sent - distinctCustomers) + (placed.size() - terminal);

			long duplicateOrders = stored - distinctCustomers;
			long processes = count(db,
					"select count(*) from (select business_key_ from act_hi_procinst"
							+ " where proc_def_key_ = 'order-fulfillment' and business_key_ = any(?)"
							+ " group by business_key_ having count(*) > 1) twice",
					orders);
			long unfinishedProcesses = count(db,
					"select count(*) from act_ru_execution where business_key_ = any(?) and parent_id_ is null",
					orders);
			long shipmentsTwice = count(db, "select count(*) from (select order_number from shipment"
					+ " where order_number = any(?) group by order_number, warehouse_code having count(*) > 1) twice",
					orders);
			long capturesNotOne = count(db, "select count(*) from shipment s join customer_order o"
					+ " on o.order_number = s.order_number where s.order_number = any(?) and s.status <> 'CANCELLED'"
					+ " and o.payment_method in"
					+ " ('CARD', 'PAYPAL') and (select count(*) from payment_capture c where c.idempotency_key = s.order_number"
					+ " || ':capture:' || s.shipment_key) <> 1", orders);
			long ledgerCapturesTwice = count(db,
					"select count(*) from (select order_number from payment_capture"
							+ " where order_number = any(?) group by order_number having count(*) <> (select count(*)"
							+ " from shipment s where s.order_number = payment_capture.order_number"
							+ " and s.status <> 'CANCELLED')) wrong",
					orders);
			long providerCaptures = count(db, "select count(*) from payment_gateway_ledger l where l.operation ="
					+ " 'CAPTURE' and l.approved and split_part(l.idempotency_key, ':', 1) = any(?)", orders);
			long recordedCaptures = count(db, "select count(*) from payment_capture where order_number = any(?)",
					orders);
			long shippedTwice = count(db,
					"select count(*) from (select order_number from stock_movement"
							+ " where order_number = any(?) and movement_type = 'SHIPMENT'"
							+ " group by order_number, sku, warehouse_code having count(*) > 1) twice",
					orders);
			long messagesTwice = count(db, "select count(*) from (select order_number from customer_message"
					+ " where order_number = any(?) group by order_number, event_type having count(*) > 1) twice",
					orders);
			long transfersTwice = count(db, "select count(*) from (select order_number from payment_event"
					+ " where order_number = any(?) group by order_number having count(*) > 1) twice", orders);
			long journalMismatches = count(db,
					"select count(*) from (select l.sku from stock_level l"
							+ " left join stock_movement m on m.sku = l.sku and m.warehouse_code = l.warehouse_code"
							+ " group by l.sku, l.warehouse_code, l.on_hand, l.reserved"
							+ " having l.on_hand <> coalesce(sum(m.on_hand_delta), 0)"
							+ " or l.reserved <> coalesce(sum(m.reserved_delta), 0)) wrong");
			long cancelledButSent = count(db, "select count(*) from shipment s where s.order_number = any(?)"
					+ " and s.status = 'CANCELLED' and (exists (select 1 from payment_capture c where c.idempotency_key"
					+ " = s.order_number || ':capture:' || s.shipment_key) or exists (select 1 from stock_reservation r"
					+ " where r.shipment_key = s.shipment_key))", orders);
			long incidents = count(db, "select count(*) from act_ru_incident");
			long held = heldAfterCancel(db, orders);
			long unsettled = paymentsUnsettled(db, orders);
			long orphansVoided = count(db,
					"select count(*) from payment where order_number = any(?) and orphan_voided_at is not null",
					orders);

			long duplicated = duplicateOrders + processes + shipmentsTwice + capturesNotOne + ledgerCapturesTwice
					+ Math.abs(providerCaptures - recordedCaptures) + shippedTwice + messagesTwice + transfersTwice
					+ cancelledButSent;
			note(problems, "orders placed twice", duplicateOrders);
			note(problems, "orders with two order processes", processes);
			note(problems, "orders still with a running process", unfinishedProcesses);
			note(problems, "orders with two shipments from one warehouse", shipmentsTwice);
			note(problems, "shipments not captured exactly once", capturesNotOne);
			note(problems, "cancelled shipments handed over or captured", cancelledButSent);
			note(problems, "orders with more or fewer captures than shipments", ledgerCapturesTwice);
			note(problems, "provider captures differing from recorded captures",
					Math.abs(providerCaptures - recordedCaptures));
			note(problems, "goods shipped twice in the journal", shippedTwice);
			note(problems, "messages sent twice to a customer", messagesTwice);
			note(problems, "bank transfers recorded twice", transfersTwice);
			note(problems, "stock levels differing from the journal", journalMismatches);
			note(problems, "incidents", incidents);
			note(problems, "cancelled orders whose authorization is still held at the provider", held);
			note(problems, "cancelled orders whose payment is neither VOIDED nor NOT_TAKEN", unsettled);
			return new Findings(status(db, orders, "COMPLETED"), status(db, orders, "CANCELLED"),
					status(db, orders, "REJECTED"), lost, duplicated, incidents, held, unsettled, orphansVoided,
					problems);
		}
	}

	private static long status(Connection db, Array orders, String status) throws SQLException {
		return count(db, "select count(*) from customer_order where order_number = any(?) and status = ?", orders,
				status);
	}

	private static void note(List<String> problems, String what, long count) {
		if (count != 0) {
			problems.add(count + " " + what);
		}
	}

	/** A count of the cluster's database, asked on a connection of its own. */
	long count(String sql) throws SQLException {
		try (Connection db = DriverManager.getConnection(url, AppNode.DB_USER, AppNode.DB_PASSWORD)) {
			return count(db, sql);
		}
	}

	private static long count(Connection db, String sql, Object... parameters) throws SQLException {
		try (PreparedStatement statement = db.prepareStatement(sql)) {
			for (int i = 0; i < parameters.length; i++) {
				statement.setObject(i + 1, parameters[i]);
			}
			try (ResultSet result = statement.executeQuery()) {
				result.next();
				return result.getLong(1);
			}
		}
	}

}
