package io.orderflow.payment;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.orderflow.order.PaymentMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The order's payment with its captures and the bank's transfer reports; the only writer
 * of those tables.
 */
@Repository
class PaymentRepository {

	private final JdbcClient jdbc;

	PaymentRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<PaymentStatus> status(String orderNumber) {
		return jdbc.sql("select status from payment where order_number = ?")
			.param(orderNumber)
			.query(String.class)
			.optional()
			.map(PaymentStatus::valueOf);
	}

	void open(String orderNumber, PaymentMethod method, BigDecimal amount, String currency, OffsetDateTime at) {
		jdbc.sql("insert into payment (order_number, method, status, amount, currency, captured_amount, updated_at)"
				+ " values (?, ?, ?, ?, ?, 0, ?)")
			.params(orderNumber, method.name(), PaymentStatus.PENDING.name(), amount, currency, at)
			.update();
	}

	/** A payment that has not been taken starts over with another method or amount. */
	void reopen(String orderNumber, PaymentMethod method, BigDecimal amount, OffsetDateTime at) {
		jdbc.sql("update payment set method = :method, amount = :amount, status = :pending, updated_at = :at"
				+ " where order_number = :orderNumber and status in (:open)")
			.param("method", method.name())
			.param("amount", amount)
			.param("pending", PaymentStatus.PENDING.name())
			.param("at", at)
			.param("orderNumber", orderNumber)
			.param("open", List.of(PaymentStatus.PENDING.name(), PaymentStatus.FAILED.name()))
			.update();
	}

	void updateStatus(String orderNumber, PaymentStatus status, String authorizationReference, OffsetDateTime at) {
		jdbc.sql("update payment set status = ?, authorization_reference = ?, updated_at = ? where order_number = ?")
			.params(status.name(), authorizationReference, at, orderNumber)
			.update();
	}

	void markStatus(String orderNumber, PaymentStatus status, OffsetDateTime at) {
		jdbc.sql("update payment set status = ?, updated_at = ? where order_number = ?")
			.params(status.name(), at, orderNumber)
			.update();
	}

	/**
	 * Moves the payment from one of {@code from} to {@code to}; whether it was in one of
	 * them.
	 */
	boolean settle(String orderNumber, List<PaymentStatus> from, PaymentStatus to, String authorizationReference,
			OffsetDateTime at) {
		return jdbc.sql("update payment set status = :to, authorization_reference = coalesce(:reference,"
				+ " authorization_reference), updated_at = :at where order_number = :orderNumber and status in (:from)")
			.param("to", to.name())
			.param("reference", authorizationReference)
			.param("at", at)
			.param("orderNumber", orderNumber)
			.param("from", from.stream().map(PaymentStatus::name).toList())
			.update() == 1;
	}

	/**
	 * Card and wallet payments of ended orders still holding (or perhaps holding) money,
	 * or never settled, unchanged since {@code before}.
	 */
	List<String> unsettledOfEndedOrders(OffsetDateTime before, int limit) {
		return jdbc
			.sql("select p.order_number from payment p join customer_order o on o.order_number = p.order_number"
					+ " where p.status in (:open) and o.status in (:ended) and p.updated_at < :before"
					+ " order by p.updated_at")
			.param("open",
					List.of(PaymentStatus.AUTHORIZING.name(), PaymentStatus.AUTHORIZED.name(),
							PaymentStatus.PENDING.name(), PaymentStatus.FAILED.name()))
			.param("ended", List.of("CANCELLED", "REJECTED"))
			.param("before", before)
			.query(String.class)
			.list()
			.stream()
			.limit(limit)
			.toList();
	}

	void markOrphanVoided(String orderNumber, OffsetDateTime at) {
		jdbc.sql("update payment set orphan_voided_at = ? where order_number = ?").params(at, orderNumber).update();
	}

	Set<String> ordersWithOrphanVoided() {
		return Set.copyOf(jdbc.sql("select order_number from payment where orphan_voided_at is not null")
			.query(String.class)
			.list());
	}

	Optional<OffsetDateTime> orphanVoidedAt(String orderNumber) {
		return jdbc.sql("select orphan_voided_at from payment where order_number = ? and orphan_voided_at is not null")
			.param(orderNumber)
			.query(OffsetDateTime.class)
			.optional();
	}

	/** The provider's code for the latest declined authorization, if there was one. */
	Optional<String> declineCode(String orderNumber) {
		return jdbc.sql("select decline_code from payment where order_number = ? and decline_code is not null")
			.param(orderNumber)
			.query(String.class)
			.optional();
	}

	void markAuthorizedAt(String orderNumber, OffsetDateTime at) {
		jdbc.sql("update payment set authorized_at = ? where order_number = ?").params(at, orderNumber).update();
	}

	String authorizationReference(String orderNumber) {
		return jdbc.sql("select authorization_reference from payment where order_number = ?")
			.param(orderNumber)
			.query(String.class)
			.single();
	}

	Optional<OffsetDateTime> authorizedAt(String orderNumber) {
		return Optional.ofNullable(jdbc.sql("select authorized_at from payment where order_number = ?")
			.param(orderNumber)
			.query(OffsetDateTime.class)
			.single());
	}

	BigDecimal capturedAmount(String orderNumber) {
		return jdbc.sql("select captured_amount from payment where order_number = ?")
			.param(orderNumber)
			.query(BigDecimal.class)
			.single();
	}

	boolean hasCapture(String idempotencyKey) {
		return jdbc.sql("select count(*) from payment_capture where idempotency_key = ?")
			.param(idempotencyKey)
			.query(Integer.class)
			.single() > 0;
	}

	void addCapture(String orderNumber, String idempotencyKey, BigDecimal amount, String reference, OffsetDateTime at) {
		jdbc.sql("insert into payment_capture (order_number, idempotency_key, amount, reference, captured_at)"
				+ " values (?, ?, ?, ?, ?)")
			.params(orderNumber, idempotencyKey, amount, reference, at)
			.update();
		jdbc.sql("update payment set captured_amount = captured_amount + ?, updated_at = ? where order_number = ?")
			.params(amount, at, orderNumber)
			.update();
	}

	/** The whole amount was taken at once: cash at the door, or a bank transfer. */
	void capturedInFull(String orderNumber, BigDecimal amount, OffsetDateTime at) {
		jdbc.sql("update payment set status = ?, captured_amount = ?, updated_at = ? where order_number = ?")
			.params(PaymentStatus.CAPTURED.name(), amount, at, orderNumber)
			.update();
	}

	/**
	 * What the payment took and gave back, locked until the caller commits so two refunds
	 * never overlap.
	 */
	Taken lockTaken(String orderNumber) {
		return jdbc
			.sql("select captured_amount, refunded_amount, authorization_reference from payment"
					+ " where order_number = ? for update")
			.param(orderNumber)
			.query((rs, row) -> new Taken(rs.getBigDecimal(1), rs.getBigDecimal(2), rs.getString(3)))
			.single();
	}

	void addRefund(String orderNumber, BigDecimal amount, PaymentStatus status, OffsetDateTime at) {
		jdbc.sql("update payment set refunded_amount = refunded_amount + ?, status = ?, updated_at = ?"
				+ " where order_number = ?")
			.params(amount, status.name(), at, orderNumber)
			.update();
	}

	boolean hasTransferReport(String eventId) {
		return jdbc.sql("select count(*) from payment_event where event_id = ?")
			.param(eventId)
			.query(Integer.class)
			.single() > 0;
	}

	void addTransferReport(String eventId, String orderNumber, BigDecimal amount, OffsetDateTime at) {
		jdbc.sql("insert into payment_event (event_id, order_number, amount, received_at) values (?, ?, ?, ?)")
			.params(eventId, orderNumber, amount, at)
			.update();
	}

	/**
	 * What the order's payment took and gave back, and the reference refunds go against.
	 */
	record Taken(BigDecimal captured, BigDecimal refunded, String reference) {

		BigDecimal refundable() {
			return captured.subtract(refunded);
		}

	}

}
