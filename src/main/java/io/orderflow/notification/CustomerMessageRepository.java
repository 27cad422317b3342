package io.orderflow.notification;

import java.time.OffsetDateTime;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The outbox of messages to customers. */
@Repository
class CustomerMessageRepository {

	private final JdbcClient jdbc;

	CustomerMessageRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(String orderNumber, String template, String recipient, String subject, String body, OffsetDateTime at) {
		jdbc.sql("insert into customer_message (order_number, template, recipient, subject, body, created_at)"
				+ " values (?, ?, ?, ?, ?, ?)")
			.params(orderNumber, template, recipient, subject, body, at)
			.update();
	}

}
