package io.orderflow.inventory;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.orderflow.order.OrderEventType;
import io.orderflow.order.Orders;
import io.orderflow.order.Timeline;
import io.orderflow.workflow.MessageCorrelations;
import io.orderflow.workflow.Messages;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Execution;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Hands newly available stock to the orders waiting for it, oldest order first. An order
 * whose shortfall is now fully reserved gets {@code StockReplenished} and continues on
 * its own; one that is still short keeps what it got and waits on.
 */
@Component
class BackorderRelease {

	private final RuntimeService runtime;

	private final StockReservations reservations;

	private final Orders orders;

	private final Timeline timeline;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final MessageCorrelations correlations;

	BackorderRelease(RuntimeService runtime, StockReservations reservations, Orders orders, Timeline timeline,
			ApplicationEventPublisher events, Clock clock, MessageCorrelations correlations) {
		this.runtime = runtime;
		this.reservations = reservations;
		this.orders = orders;
		this.timeline = timeline;
		this.events = events;
		this.clock = clock;
		this.correlations = correlations;
	}

	/**
	 * Locks the rows of the orders waiting for the SKU, in order-number order, before the
	 * caller changes its stock (the one lock order: orders, then stock); returns them
	 * oldest first, for {@link #offer}. An order that starts waiting after this gets the
	 * next units to arrive.
	 */
	List<String> lockOrdersWaitingFor(String sku) {
		List<String> waiting = waitingOrdersOldestFirst().stream()
			.filter(orderNumber -> reservations.shortfall(orderNumber).containsKey(sku))
			.toList();
		waiting.stream().sorted().forEach(orders::getForUpdate);
		return waiting;
	}

	/**
	 * Offers the SKU's new units to the orders {@link #lockOrdersWaitingFor} locked; one
	 * cancelled while this waited for its lock gets nothing.
	 */
	void offer(String sku, List<String> waiting) {
		for (String orderNumber : waiting) {
			if (orders.get(orderNumber).status().isFinal() || !reservations.shortfall(orderNumber).containsKey(sku)) {
				continue;
			}
			if (reservations.reserve(orderNumber).isEmpty()) {
				timeline.record(orderNumber, InventoryTimelineKind.STOCK_REPLENISHED,
						"Everything missing is now reserved");
				events.publishEvent(new BackorderEvent(UUID.randomUUID(), OrderEventType.STOCK_ARRIVED, orderNumber,
						OffsetDateTime.now(clock), null));
				correlations.correlate(Messages.STOCK_REPLENISHED, orderNumber);
			}
		}
	}

	private List<String> waitingOrdersOldestFirst() {
		Set<String> instanceIds = runtime.createExecutionQuery()
			.messageEventSubscriptionName(Messages.STOCK_REPLENISHED)
			.list()
			.stream()
			.map(Execution::getProcessInstanceId)
			.collect(Collectors.toSet());
		if (instanceIds.isEmpty()) {
			return List.of();
		}
		Map<String, OffsetDateTime> placedAt = runtime.createProcessInstanceQuery()
			.processInstanceIds(instanceIds)
			.list()
			.stream()
			.map(ProcessInstance::getBusinessKey)
			.distinct()
			.collect(Collectors.toMap(Function.identity(), orderNumber -> orders.get(orderNumber).placedAt()));
		return placedAt.keySet()
			.stream()
			.sorted(Comparator.comparing((String orderNumber) -> placedAt.get(orderNumber))
				.thenComparing(Comparator.naturalOrder()))
			.toList();
	}

}
