package io.orderflow.order;

import java.util.Map;
import java.util.Set;

public enum OrderStatus {

	PLACED, UNDER_REVIEW, BACKORDERED, CONFIRMED, IN_FULFILLMENT, SHIPPED, DELIVERED, COMPLETED, REJECTED, CANCELLED;

	private static final Map<OrderStatus, Set<OrderStatus>> NEXT = Map.of(
			PLACED, Set.of(UNDER_REVIEW, BACKORDERED, CONFIRMED, REJECTED, CANCELLED),
			UNDER_REVIEW, Set.of(BACKORDERED, CONFIRMED, REJECTED, CANCELLED),
			BACKORDERED, Set.of(CONFIRMED, CANCELLED),
			CONFIRMED, Set.of(IN_FULFILLMENT, CANCELLED),
			IN_FULFILLMENT, Set.of(SHIPPED, CANCELLED),
			SHIPPED, Set.of(DELIVERED),
			DELIVERED, Set.of(COMPLETED),
			COMPLETED, Set.of(),
			REJECTED, Set.of(),
			CANCELLED, Set.of());

	boolean canMoveTo(OrderStatus next) {
		return NEXT.get(this).contains(next);
	}

}
