package io.orderflow.kpi;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.orderflow.order.Order;
import io.orderflow.order.OrderLine;
import io.orderflow.order.PaymentMethod;
import io.orderflow.order.SalesChannel;
import io.orderflow.order.ShippingMethod;
import io.orderflow.returns.ReturnReason;
import io.orderflow.workflow.CancellationCause;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The only writer and reader of the kpi tables. Every write is idempotent: an insert
 * happens once per key, a time is kept as first reported, a flag only ever turns on.
 */
@Repository
class KpiFactRepository {

	private final JdbcClient jdbc;

	KpiFactRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Writes the order's row from the order as placed, unless it has one. */
	void insertIfAbsent(Order order) {
		int units = order.lines().stream().mapToInt(OrderLine::quantity).sum();
		jdbc.sql("insert into kpi_order_fact (order_number, channel, shipping_method, payment_method, currency,"
				+ " grand_total, line_count, unit_count, placed_at)"
				+ " select ?, ?, ?, ?, ?, ?, ?, ?, ? from (values (1)) as one (x)"
				+ " where not exists (select 1 from kpi_order_fact where order_number = ?)")
			.params(order.orderNumber(), order.channel().name(), order.shippingMethod().name(),
					order.paymentMethod().name(), order.currency(), order.totals().grandTotal(), order.lines().size(),
					units, order.placedAt(), order.orderNumber())
			.update();
	}

	void flag(String orderNumber, Flag flag) {
		jdbc.sql("update kpi_order_fact set " + flag.column + " = true where order_number = ?")
			.param(orderNumber)
			.update();
	}

	void promised(String orderNumber, LocalDate date) {
		jdbc.sql("update kpi_order_fact set promised_date = coalesce(promised_date, ?) where order_number = ?")
			.params(date, orderNumber)
			.update();
	}

	void delivered(String orderNumber, OffsetDateTime at) {
		jdbc.sql("update kpi_order_fact set delivered_at = coalesce(delivered_at, ?) where order_number = ?")
			.params(at, orderNumber)
			.update();
	}

	void cancelled(String orderNumber, OffsetDateTime at, CancellationCause cause) {
		jdbc.sql("update kpi_order_fact set cancelled_at = coalesce(cancelled_at, ?),"
				+ " cancellation_cause = coalesce(cancellation_cause, ?) where order_number = ?")
			.params(at, cause == null ? null : cause.name(), orderNumber)
			.update();
	}

	void rejected(String orderNumber, OffsetDateTime at) {
		jdbc.sql("update kpi_order_fact set rejected_at = coalesce(rejected_at, ?) where order_number = ?")
			.params(at, orderNumber)
			.update();
	}

	/**
	 * What the engine's history says of the order now; it only grows, and once the
	 * history is removed the values it gave stay.
	 */
	void fromHistory(String orderNumber, EngineHistory.OrderHistory history) {
		jdbc.sql("update kpi_order_fact set handed_over_at = coalesce(?, handed_over_at),"
				+ " fraud_review_minutes = coalesce(?, fraud_review_minutes), task_minutes = coalesce(?, task_minutes)"
				+ " where order_number = ?")
			.params(history.lastHandOver().orElse(null), history.reviewMinutes().orElse(null),
					history.taskMinutes().orElse(null), orderNumber)
			.update();
		for (String warehouse : history.warehouses()) {
			jdbc.sql(
					"insert into kpi_order_warehouse (order_number, warehouse) select ?, ? from (values (1)) as one (x)"
							+ " where not exists (select 1 from kpi_order_warehouse where order_number = ? and warehouse = ?)")
				.params(orderNumber, warehouse, orderNumber, warehouse)
				.update();
		}
	}

	void parcel(String orderNumber, OrderFact.Parcel parcel) {
		jdbc.sql("insert into kpi_parcel_fact (shipment_key, order_number, carrier, service, labelled_at)"
				+ " select ?, ?, ?, ?, ? from (values (1)) as one (x)"
				+ " where not exists (select 1 from kpi_parcel_fact where shipment_key = ?)")
			.params(parcel.shipmentKey(), orderNumber, parcel.carrier(), parcel.service(), parcel.labelledAt(),
					parcel.shipmentKey())
			.update();
	}

	void returned(String orderNumber, OrderFact.Return request) {
		jdbc.sql("insert into kpi_return_fact (return_number, order_number, reason, requested_at, returned_value)"
				+ " select ?, ?, ?, ?, ? from (values (1)) as one (x)"
				+ " where not exists (select 1 from kpi_return_fact where return_number = ?)")
			.params(request.returnNumber(), orderNumber, request.reason().name(), request.requestedAt(),
					request.returnedValue(), request.returnNumber())
			.update();
	}

	void refunded(String returnNumber, BigDecimal amount) {
		jdbc.sql("update kpi_return_fact set refunded_value = ? where return_number = ?")
			.params(amount, returnNumber)
			.update();
	}

	Optional<OrderFact> find(String orderNumber) {
		return facts("where f.order_number = ?", List.of(orderNumber)).stream().findFirst();
	}

	/**
	 * The orders placed, handed over, delivered or cancelled from {@code from} until just
	 * before {@code to}, and those with a return asked for in it; each condition runs on
	 * its own index.
	 */
	List<OrderFact> touching(OffsetDateTime from, OffsetDateTime to) {
		return facts(
				"where f.order_number in (select order_number from kpi_order_fact where placed_at >= ? and placed_at < ?"
						+ " union select order_number from kpi_order_fact where handed_over_at >= ? and handed_over_at < ?"
						+ " union select order_number from kpi_order_fact where delivered_at >= ? and delivered_at < ?"
						+ " union select order_number from kpi_order_fact where cancelled_at >= ? and cancelled_at < ?"
						+ " union select order_number from kpi_return_fact where requested_at >= ? and requested_at < ?)",
				List.of(from, to, from, to, from, to, from, to, from, to));
	}

	private List<OrderFact> facts(String where, List<Object> params) {
		Map<String, List<OrderFact.Parcel>> parcels = new HashMap<>();
		Map<String, List<String>> warehouses = new HashMap<>();
		Map<String, List<OrderFact.Return>> returns = new HashMap<>();
		String subset = "(select f.order_number from kpi_order_fact f " + where + ")";
		jdbc.sql("select * from kpi_parcel_fact where order_number in " + subset + " order by labelled_at")
			.params(params)
			.query(rs -> {
				parcels.computeIfAbsent(rs.getString("order_number"), n -> new ArrayList<>())
					.add(new OrderFact.Parcel(rs.getString("shipment_key"), rs.getString("carrier"),
							rs.getString("service"), rs.getObject("labelled_at", OffsetDateTime.class)));
			});
		jdbc.sql("select * from kpi_order_warehouse where order_number in " + subset + " order by warehouse")
			.params(params)
			.query(rs -> {
				warehouses.computeIfAbsent(rs.getString("order_number"), n -> new ArrayList<>())
					.add(rs.getString("warehouse"));
			});
		jdbc.sql("select * from kpi_return_fact where order_number in " + subset + " order by requested_at")
			.params(params)
			.query(rs -> {
				returns.computeIfAbsent(rs.getString("order_number"), n -> new ArrayList<>())
					.add(new OrderFact.Return(rs.getString("return_number"),
							ReturnReason.valueOf(rs.getString("reason")),
							rs.getObject("requested_at", OffsetDateTime.class), rs.getBigDecimal("returned_value"),
							rs.getBigDecimal("refunded_value")));
			});
		return jdbc.sql("select f.* from kpi_order_fact f " + where + " order by f.placed_at, f.order_number")
			.params(params)
			.query((rs, row) -> fact(rs, parcels, warehouses, returns))
			.list();
	}

	private static OrderFact fact(ResultSet rs, Map<String, List<OrderFact.Parcel>> parcels,
			Map<String, List<String>> warehouses, Map<String, List<OrderFact.Return>> returns) throws SQLException {
		String number = rs.getString("order_number");
		String cause = rs.getString("cancellation_cause");
		return new OrderFact(number, SalesChannel.valueOf(rs.getString("channel")),
				ShippingMethod.valueOf(rs.getString("shipping_method")),
				PaymentMethod.valueOf(rs.getString("payment_method")), rs.getString("currency"),
				rs.getBigDecimal("grand_total"), rs.getInt("line_count"), rs.getInt("unit_count"),
				rs.getObject("placed_at", OffsetDateTime.class), rs.getObject("promised_date", LocalDate.class),
				rs.getObject("handed_over_at", OffsetDateTime.class),
				rs.getObject("delivered_at", OffsetDateTime.class), rs.getObject("cancelled_at", OffsetDateTime.class),
				cause == null ? null : CancellationCause.valueOf(cause),
				rs.getObject("rejected_at", OffsetDateTime.class), rs.getBoolean("fraud_review"),
				rs.getBigDecimal("fraud_review_minutes"), rs.getBoolean("backordered"),
				rs.getBoolean("short_lines_cancelled"), rs.getBoolean("payment_problem"), rs.getBoolean("short_picked"),
				rs.getBoolean("incident"), rs.getBigDecimal("task_minutes"), parcels.getOrDefault(number, List.of()),
				warehouses.getOrDefault(number, List.of()), returns.getOrDefault(number, List.of()));
	}

	/** The facts that only ever turn on, each a column of its own. */
	enum Flag {

		FRAUD_REVIEW("fraud_review"), BACKORDERED("backordered"), SHORT_LINES_CANCELLED("short_lines_cancelled"),
		PAYMENT_PROBLEM("payment_problem"), SHORT_PICKED("short_picked"), INCIDENT("incident");

		private final String column;

		Flag(String column) {
			this.column = column;
		}

	}

}
