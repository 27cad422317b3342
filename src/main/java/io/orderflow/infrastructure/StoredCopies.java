package io.orderflow.infrastructure;

import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Texts the system keeps verbatim that can copy an order's personal data: the answers
 * kept for {@code Idempotency-Key} replays and the serialized events of the event
 * publication registry (Spring Modulith's table, no aggregate of ours). Retention
 * rewrites them; a repository because both tables are hand-written SQL.
 */
@Repository
public class StoredCopies {

	private static final Map<String, String> TEXT_BY_TABLE = Map.of("idempotency_record", "response_body",
			"event_publication", "serialized_event");

	private final JdbcClient jdbc;

	StoredCopies(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Makes the replacements (text to replace, replacement; in order) in the kept texts
	 * of one order: those that hold its number as a JSON string.
	 */
	public void replaceInCopiesOf(String orderNumber, Map<String, String> replacements) {
		String ofOrder = "%\"" + orderNumber + "\"%";
		TEXT_BY_TABLE.forEach((table,
				column) -> replacements.forEach((text, replacement) -> jdbc
					.sql("update " + table + " set " + column + " = replace(" + column + ", ?, ?) where " + column
							+ " like ? and " + column + " like ?")
					.params(text, replacement, ofOrder, "%" + text + "%")
					.update()));
	}

}
