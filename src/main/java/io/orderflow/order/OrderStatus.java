package io.orderflow.order;

import java.util.Map;
import java.util.Set;

public enum OrderStatus {

	PLACED, UNDER_REVIEW, BACKORDERED, AWAITING_PAYMENT, CONFIRMED, IN_FULFILLMENT, SHIPPED, DELIVERED, COMPLETED, REJECTED, CANCELLED;

	private static final Map<OrderStatus, Set<OrderStatus>> NEXT = Map.ofEntries(
			Map.entry(PLACED, Set.of(UNDER_REVIEW, BACKORDERED, AWAITING_PAYMENT, CONFIRMED, REJECTED, CANCELLED)),
			Map.entry(UNDER_REVIEW, Set.of(BACKORDERED, AWAITING_PAYMENT, CONFIRMED, REJECTED, CANCELLED)),
			Map.entry(BACKORDERED, Set.of(AWAITING_PAYMENT, CONFIRMED, CANCELLED)),
			Map.entry(AWAITING_PAYMENT, Set.of(CONFIRMED, CANCELLED)),
			Map.entry(CONFIRMED, Set.of(IN_FULFILLMENT, CANCELLED)),
			Map.entry(IN_FULFILLMENT, Set.of(SHIPPED, CANCELLED)),
			Map.entry(SHIPPED, Set.of(DELIVERED)),
			Map.entry(DELIVERED, Set.of(COMPLETED)),
			Map.entry(COMPLETED, Set.of()),
			Map.entry(REJECTED, Set.of()),
			Map.entry(CANCELLED, Set.of()));

	boolean canMoveTo(OrderStatus next) {
		return NEXT.get(this).contains(next);
	}

}
