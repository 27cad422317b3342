package io.orderflow.returns;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Set;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A return as stored: what was asked for, where it stands, and which order lines come
 * back how many times.
 */
@Table("return_request")
record ReturnRecord(@Id String returnNumber, String orderNumber, ReturnStatus status, ReturnReason reason,
		@Column("customer_comment") String comment, String labelTrackingNumber, ItemCondition itemCondition,
		BigDecimal refundAmount, OffsetDateTime requestedAt, OffsetDateTime updatedAt,
		@MappedCollection(idColumn = "return_number") Set<ReturnLine> lines) {

	static ReturnRecord requested(String returnNumber, String orderNumber, ReturnReason reason, String comment,
			Set<ReturnLine> lines, OffsetDateTime at) {
		return new ReturnRecord(returnNumber, orderNumber, ReturnStatus.REQUESTED, reason, comment, null, null, null,
				at, at, lines);
	}

	ReturnRecord withStatus(ReturnStatus next, OffsetDateTime at) {
		return new ReturnRecord(returnNumber, orderNumber, next, reason, comment, labelTrackingNumber, itemCondition,
				refundAmount, requestedAt, at, lines);
	}

	ReturnRecord withLabel(String trackingNumber, OffsetDateTime at) {
		return new ReturnRecord(returnNumber, orderNumber, status, reason, comment, trackingNumber, itemCondition,
				refundAmount, requestedAt, at, lines);
	}

	ReturnRecord withCondition(ItemCondition condition, OffsetDateTime at) {
		return new ReturnRecord(returnNumber, orderNumber, status, reason, comment, labelTrackingNumber, condition,
				refundAmount, requestedAt, at, lines);
	}

	ReturnRecord withRefund(BigDecimal amount, OffsetDateTime at) {
		return new ReturnRecord(returnNumber, orderNumber, status, reason, comment, labelTrackingNumber, itemCondition,
				amount, requestedAt, at, lines);
	}

	/** One order line coming back: its number on the order and how many of it. */
	@Table("return_line")
	record ReturnLine(int lineNumber, int quantity) {
	}

}
