package io.orderflow.order;

import java.util.Optional;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.stereotype.Component;

/**
 * {@code orderflow.orders{status}}: how many orders are in each status, for dashboards
 * and alerts (a growing {@code AWAITING_PAYMENT} or {@code BACKORDERED}).
 */
@Component
class OrderMetrics implements MeterBinder {

	private final OrderRepository orders;

	OrderMetrics(OrderRepository orders) {
		this.orders = orders;
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		for (OrderStatus status : OrderStatus.values()) {
			Gauge.builder("orderflow.orders", () -> orders.count(Optional.of(status)))
				.description("Orders in this status")
				.tag("status", status.name())
				.register(registry);
		}
	}

}
