package io.orderflow.returns;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import io.orderflow.returns.ReturnRequest.ReturnedLine;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class ReturnRepository {

	private final JdbcClient jdbc;

	ReturnRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	String nextReturnNumber() {
		return "RMA-" + jdbc.sql("select nextval('return_number_seq')").query(Long.class).single();
	}

	void insert(String returnNumber, String orderNumber, ReturnReason reason, String comment,
			Map<Integer, Integer> quantityByLine, OffsetDateTime at) {
		jdbc.sql("insert into return_request (return_number, order_number, status, reason, customer_comment,"
				+ " requested_at, updated_at) values (?, ?, ?, ?, ?, ?, ?)")
			.params(returnNumber, orderNumber, ReturnStatus.REQUESTED.name(), reason.name(), comment, at, at)
			.update();
		quantityByLine.forEach((line, quantity) -> jdbc
			.sql("insert into return_line (return_number, line_number, quantity) values (?, ?, ?)")
			.params(returnNumber, line, quantity)
			.update());
	}

	Optional<ReturnRequest> find(String returnNumber) {
		List<ReturnedLine> lines = jdbc.sql("""
				select r.line_number, l.sku, l.product_name, r.quantity, l.unit_price
				from return_line r
				join return_request q on q.return_number = r.return_number
				join order_line l on l.order_number = q.order_number and l.line_number = r.line_number
				where r.return_number = ? order by r.line_number""")
			.param(returnNumber)
			.query((rs, row) -> new ReturnedLine(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getInt(4),
					rs.getBigDecimal(5)))
			.list();
		return jdbc.sql("select * from return_request where return_number = ?")
			.param(returnNumber)
			.query((rs, row) -> request(rs, lines))
			.optional();
	}

	Optional<ReturnStatus> findStatusForUpdate(String returnNumber) {
		return jdbc.sql("select status from return_request where return_number = ? for update")
			.param(returnNumber)
			.query(String.class)
			.optional()
			.map(ReturnStatus::valueOf);
	}

	/**
	 * Quantities per order line that open or completed returns of the order already
	 * claim.
	 */
	Map<Integer, Integer> claimedQuantities(String orderNumber) {
		return jdbc.sql("""
				select r.line_number, sum(r.quantity)
				from return_line r join return_request q on q.return_number = r.return_number
				where q.order_number = :orderNumber and q.status in (:claiming)
				group by r.line_number""")
			.param("orderNumber", orderNumber)
			.param("claiming",
					Arrays.stream(ReturnStatus.values()).filter(ReturnStatus::claimsGoods).map(Enum::name).toList())
			.query((rs, row) -> Map.entry(rs.getInt(1), rs.getInt(2)))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

	void updateStatus(String returnNumber, ReturnStatus status, OffsetDateTime at) {
		jdbc.sql("update return_request set status = ?, updated_at = ? where return_number = ?")
			.params(status.name(), at, returnNumber)
			.update();
	}

	void updateLabel(String returnNumber, String trackingNumber, OffsetDateTime at) {
		jdbc.sql("update return_request set label_tracking_number = ?, updated_at = ? where return_number = ?")
			.params(trackingNumber, at, returnNumber)
			.update();
	}

	void updateCondition(String returnNumber, ItemCondition condition, OffsetDateTime at) {
		jdbc.sql("update return_request set item_condition = ?, updated_at = ? where return_number = ?")
			.params(condition.name(), at, returnNumber)
			.update();
	}

	void updateRefund(String returnNumber, BigDecimal amount, OffsetDateTime at) {
		jdbc.sql("update return_request set refund_amount = ?, updated_at = ? where return_number = ?")
			.params(amount, at, returnNumber)
			.update();
	}

	private static ReturnRequest request(ResultSet rs, List<ReturnedLine> lines) throws SQLException {
		String condition = rs.getString("item_condition");
		return new ReturnRequest(rs.getString("return_number"), rs.getString("order_number"),
				ReturnStatus.valueOf(rs.getString("status")), ReturnReason.valueOf(rs.getString("reason")),
				rs.getString("customer_comment"), lines, rs.getString("label_tracking_number"),
				condition == null ? null : ItemCondition.valueOf(condition), rs.getBigDecimal("refund_amount"),
				rs.getObject("requested_at", OffsetDateTime.class));
	}

}
