package io.orderflow.returns;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.data.jdbc.core.JdbcAggregateOperations;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Returns, stored as aggregates by Spring Data JDBC. Return numbers come from a sequence
 * before the return is stored, so storing says whether it inserts or updates. The row
 * lock and the claimed-quantities report are SQL of their own.
 */
@Repository
class ReturnRepository {

	private final JdbcAggregateOperations aggregates;

	private final JdbcClient jdbc;

	ReturnRepository(JdbcAggregateOperations aggregates, JdbcClient jdbc) {
		this.aggregates = aggregates;
		this.jdbc = jdbc;
	}

	String nextReturnNumber() {
		return "RMA-" + jdbc.sql("select nextval('return_number_seq')").query(Long.class).single();
	}

	void insert(ReturnRecord request) {
		aggregates.insert(request);
	}

	void update(ReturnRecord request) {
		aggregates.update(request);
	}

	Optional<ReturnRecord> find(String returnNumber) {
		return Optional.ofNullable(aggregates.findById(returnNumber, ReturnRecord.class));
	}

	/**
	 * The return, with its row locked until the caller commits, so its status moves one
	 * step at a time.
	 */
	Optional<ReturnRecord> findForUpdate(String returnNumber) {
		return jdbc.sql("select return_number from return_request where return_number = ? for update")
			.param(returnNumber)
			.query(String.class)
			.optional()
			.flatMap(this::find);
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

	/** The order's returns' numbers, after their customer comments are forgotten. */
	List<String> forgetComments(String orderNumber) {
		jdbc.sql("update return_request set customer_comment = null where order_number = ?")
			.param(orderNumber)
			.update();
		return jdbc.sql("select return_number from return_request where order_number = ? order by return_number")
			.param(orderNumber)
			.query(String.class)
			.list();
	}

}
