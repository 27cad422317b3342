package io.orderflow.security;

import java.time.OffsetDateTime;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Signatures of partner webhook deliveries (carrier and payment events) already acted on,
 * so a replay changes nothing. Inbound only: what Orderflow sends is
 * {@code webhooks.WebhookDelivery}.
 */
@Repository
class PartnerEventReplays {

	private final JdbcClient jdbc;

	PartnerEventReplays(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	boolean seen(String signature) {
		return jdbc.sql("select count(*) from webhook_delivery where signature = ?")
			.param(signature)
			.query(Integer.class)
			.single() > 0;
	}

	void remember(String signature, OffsetDateTime at, OffsetDateTime forgetBefore) {
		jdbc.sql("delete from webhook_delivery where received_at < ?").param(forgetBefore).update();
		try {
			jdbc.sql("insert into webhook_delivery (signature, received_at) values (?, ?)")
				.params(signature, at)
				.update();
		}
		catch (DuplicateKeyException concurrentCopy) {
			// The same delivery arrived twice at once; one record is enough.
		}
	}

}
