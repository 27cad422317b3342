package io.orderflow.order;

import static io.orderflow.order.OrderStatus.AWAITING_PAYMENT;
import static io.orderflow.order.OrderStatus.BACKORDERED;
import static io.orderflow.order.OrderStatus.CANCELLED;
import static io.orderflow.order.OrderStatus.COMPLETED;
import static io.orderflow.order.OrderStatus.CONFIRMED;
import static io.orderflow.order.OrderStatus.DELIVERED;
import static io.orderflow.order.OrderStatus.IN_FULFILLMENT;
import static io.orderflow.order.OrderStatus.PLACED;
import static io.orderflow.order.OrderStatus.REJECTED;
import static io.orderflow.order.OrderStatus.SHIPPED;
import static io.orderflow.order.OrderStatus.UNDER_REVIEW;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.EnumSource.Mode;

/**
 * Which status may follow which, and what each status tells the shop about cancelling and
 * payment.
 */
class OrderStatusTest {

	@Test
	void anOrderCanGoTheWholeWayFromPlacedToCompleted() {
		assertThat(OrderStatus.TRANSITIONS.allows(PLACED, UNDER_REVIEW)).isTrue();
		assertThat(OrderStatus.TRANSITIONS.allows(UNDER_REVIEW, BACKORDERED)).isTrue();
		assertThat(OrderStatus.TRANSITIONS.allows(BACKORDERED, AWAITING_PAYMENT)).isTrue();
		assertThat(OrderStatus.TRANSITIONS.allows(AWAITING_PAYMENT, CONFIRMED)).isTrue();
		assertThat(OrderStatus.TRANSITIONS.allows(CONFIRMED, IN_FULFILLMENT)).isTrue();
		assertThat(OrderStatus.TRANSITIONS.allows(IN_FULFILLMENT, SHIPPED)).isTrue();
		assertThat(OrderStatus.TRANSITIONS.allows(SHIPPED, DELIVERED)).isTrue();
		assertThat(OrderStatus.TRANSITIONS.allows(DELIVERED, COMPLETED)).isTrue();
	}

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource({ "SHIPPED, CANCELLED", "DELIVERED, CANCELLED", "IN_FULFILLMENT, AWAITING_PAYMENT", "CONFIRMED, PLACED",
			"BACKORDERED, REJECTED", "AWAITING_PAYMENT, BACKORDERED", "IN_FULFILLMENT, DELIVERED", "PLACED, SHIPPED",
			"CANCELLED, CONFIRMED", "REJECTED, CONFIRMED", "COMPLETED, DELIVERED" })
	void movesTheTableDoesNotAllow(OrderStatus from, OrderStatus to) {
		assertThat(OrderStatus.TRANSITIONS.allows(from, to)).isFalse();
	}

	@ParameterizedTest
	@EnumSource(names = { "COMPLETED", "REJECTED", "CANCELLED" })
	void aClosedOrderMovesNowhere(OrderStatus closed) {
		assertThat(OrderStatus.values()).noneMatch(next -> OrderStatus.TRANSITIONS.allows(closed, next));
	}

	@ParameterizedTest
	@EnumSource(names = { "COMPLETED", "REJECTED", "CANCELLED" }, mode = Mode.EXCLUDE)
	void everyOpenOrderCanStillBeClosed(OrderStatus open) {
		assertThat(reachableFrom(open)).containsAnyOf(COMPLETED, REJECTED, CANCELLED);
	}

	@Test
	void everyStatusCanBeReachedFromPlaced() {
		assertThat(reachableFrom(PLACED)).containsAll(EnumSet.complementOf(EnumSet.of(PLACED)));
	}

	@ParameterizedTest
	@EnumSource(names = { "PLACED", "UNDER_REVIEW", "BACKORDERED", "AWAITING_PAYMENT", "CONFIRMED", "IN_FULFILLMENT" })
	void untilAParcelLeavesTheOrderCanBeCancelled(OrderStatus status) {
		assertThat(status.isCancellable()).isTrue();
	}

	@ParameterizedTest
	@EnumSource(names = { "SHIPPED", "DELIVERED", "COMPLETED", "REJECTED", "CANCELLED" })
	void shippedAndClosedOrdersCannotBeCancelled(OrderStatus status) {
		assertThat(status.isCancellable()).isFalse();
	}

	@Test
	void paymentIsSecuredFromConfirmationOn() {
		assertThat(Arrays.stream(OrderStatus.values()).filter(OrderStatus::isPaymentSecured))
			.containsExactlyInAnyOrder(CONFIRMED, IN_FULFILLMENT, SHIPPED, DELIVERED, COMPLETED);
	}

	@Test
	void aSecuredPaymentIsNeverAskedForAgainOnlyGivenUpByCancelling() {
		for (OrderStatus secured : OrderStatus.values()) {
			for (OrderStatus next : OrderStatus.values()) {
				if (secured.isPaymentSecured() && OrderStatus.TRANSITIONS.allows(secured, next)) {
					assertThat(next.isPaymentSecured() || next == CANCELLED).as(secured + " -> " + next).isTrue();
				}
			}
		}
	}

	@ParameterizedTest
	@EnumSource
	void everyStatusHasItsTimelineEntry(OrderStatus status) {
		assertThat(status.timelineType().name()).isEqualTo(status.name());
	}

	private static Set<OrderStatus> reachableFrom(OrderStatus start) {
		Set<OrderStatus> reached = EnumSet.noneOf(OrderStatus.class);
		Deque<OrderStatus> todo = new ArrayDeque<>(Set.of(start));
		while (!todo.isEmpty()) {
			OrderStatus from = todo.pop();
			for (OrderStatus next : OrderStatus.values()) {
				if (OrderStatus.TRANSITIONS.allows(from, next) && reached.add(next)) {
					todo.push(next);
				}
			}
		}
		return reached;
	}

}
