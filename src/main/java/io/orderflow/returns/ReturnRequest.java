package io.orderflow.returns;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

/** A return (RMA) of part or all of a delivered order. */
record ReturnRequest(String returnNumber, String orderNumber, ReturnStatus status, ReturnReason reason, String comment,
		List<ReturnedLine> lines, String labelTrackingNumber, ItemCondition itemCondition, BigDecimal refundAmount,
		OffsetDateTime requestedAt) {

	/** A line of the order and how many of it come back, at the price paid. */
	public record ReturnedLine(int lineNumber, String sku, String productName, int quantity, BigDecimal unitPrice) {
	}

}
