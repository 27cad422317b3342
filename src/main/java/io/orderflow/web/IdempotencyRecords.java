package io.orderflow.web;

import java.time.OffsetDateTime;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The first response to each {@code Idempotency-Key}, per caller and endpoint. */
@Repository
class IdempotencyRecords {

	private final JdbcClient jdbc;

	IdempotencyRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void forgetOlderThan(OffsetDateTime cutoff) {
		jdbc.sql("delete from idempotency_record where created_at < ?").param(cutoff).update();
	}

	/**
	 * Claims the key; false when another request holds it already (the primary key
	 * decides, even at once).
	 */
	boolean claim(String scope, String key, String requestHash, OffsetDateTime at) {
		try {
			jdbc.sql(
					"insert into idempotency_record (scope, idempotency_key, request_hash, created_at) values (?, ?, ?, ?)")
				.params(scope, key, requestHash, at)
				.update();
			return true;
		}
		catch (DuplicateKeyException taken) {
			return false;
		}
	}

	/**
	 * Takes over a claim whose request never answered (its node died, or the database
	 * connection broke before the claim could be released); false when it is not that old
	 * or another request took it over first.
	 */
	boolean takeOver(String scope, String key, String requestHash, OffsetDateTime claimedBefore, OffsetDateTime at) {
		return jdbc
			.sql("update idempotency_record set created_at = ? where scope = ? and idempotency_key = ?"
					+ " and request_hash = ? and response_status is null and created_at < ?")
			.params(at, scope, key, requestHash, claimedBefore)
			.update() == 1;
	}

	void release(String scope, String key) {
		jdbc.sql("delete from idempotency_record where scope = ? and idempotency_key = ?").params(scope, key).update();
	}

	void keep(String scope, String key, int status, String contentType, String location, String body) {
		jdbc.sql("update idempotency_record set response_status = ?, content_type = ?, location = ?, response_body = ?"
				+ " where scope = ? and idempotency_key = ?")
			.params(status, contentType, location, body, scope, key)
			.update();
	}

	Optional<Kept> find(String scope, String key) {
		return jdbc
			.sql("select request_hash, response_status, content_type, location, response_body"
					+ " from idempotency_record where scope = ? and idempotency_key = ?")
			.params(scope, key)
			.query((rs, row) -> new Kept(rs.getString("request_hash"), (Integer) rs.getObject("response_status"),
					rs.getString("content_type"), rs.getString("location"), rs.getString("response_body")))
			.optional();
	}

	record Kept(String requestHash, Integer responseStatus, String contentType, String location, String responseBody) {
	}

}
