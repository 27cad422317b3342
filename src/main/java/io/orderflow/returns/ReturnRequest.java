package io.orderflow.returns;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.orderflow.order.Order;
import io.orderflow.order.OrderLine;

/** A return (RMA) of part or all of a delivered order. */
public record ReturnRequest(String returnNumber, String orderNumber, ReturnStatus status, ReturnReason reason,
		String comment, List<ReturnedLine> lines, String labelTrackingNumber, ItemCondition itemCondition,
		BigDecimal refundAmount, OffsetDateTime requestedAt) {

	static ReturnRequest of(ReturnRecord request, Order order) {
		Map<Integer, OrderLine> orderLines = order.lines()
			.stream()
			.collect(Collectors.toMap(OrderLine::lineNumber, Function.identity()));
		List<ReturnedLine> lines = request.lines()
			.stream()
			.sorted(Comparator.comparingInt(ReturnRecord.ReturnLine::lineNumber))
			.map(line -> {
				OrderLine ordered = orderLines.get(line.lineNumber());
				return new ReturnedLine(line.lineNumber(), ordered.sku(), ordered.productName(), line.quantity(),
						ordered.unitPrice());
			})
			.toList();
		return new ReturnRequest(request.returnNumber(), request.orderNumber(), request.status(), request.reason(),
				request.comment(), lines, request.labelTrackingNumber(), request.itemCondition(),
				request.refundAmount(), request.requestedAt());
	}

	/** A line of the order and how many of it come back, at the price paid. */
	public record ReturnedLine(int lineNumber, String sku, String productName, int quantity, BigDecimal unitPrice) {
	}

}
