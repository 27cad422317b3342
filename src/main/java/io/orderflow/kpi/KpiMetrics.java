package io.orderflow.kpi;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.function.Function;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.stereotype.Component;

/**
 * The headline KPIs of the last 30 days (UTC, today included) as gauges
 * ({@code orderflow.kpi.*}, on {@code /actuator/metrics} and
 * {@code /actuator/prometheus}). A figure with nothing to count is NaN, not 0. The
 * figures are computed at most once a minute, however many gauges a scrape reads.
 */
@Component
class KpiMetrics implements MeterBinder {

	static final int DAYS = 30;

	private static final Duration FRESH_FOR = Duration.ofMinutes(1);

	private final Kpis kpis;

	private final Clock clock;

	private volatile Computed last;

	KpiMetrics(Kpis kpis, Clock clock) {
		this.kpis = kpis;
		this.clock = clock;
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		rate(registry, "perfect.order.rate", "Perfect order rate (SCOR RL.1.1)", KpiFigures::perfectOrderRate);
		rate(registry, "on.time.in.full", "On-time-in-full", KpiFigures::onTimeInFull);
		rate(registry, "order.fill.rate", "Order fill rate on first allocation", KpiFigures::orderFillRate);
		rate(registry, "order.accuracy", "Order accuracy", KpiFigures::orderAccuracy);
		rate(registry, "return.rate", "Orders returned per order delivered", KpiFigures::returnRate);
		rate(registry, "cancellation.rate", "Orders placed and cancelled per order placed",
				KpiFigures::cancellationRate);
		rate(registry, "backorder.rate", "Orders placed and backordered per order placed", KpiFigures::backorderRate);
		rate(registry, "fraud.review.rate", "Orders placed that went to fraud review", KpiFigures::fraudReviewRate);
		gauge(registry, "cost.per.order", "Cost per order handed over, in the cost model's currency", null,
				KpiFigures::costPerOrder);
		gauge(registry, "fulfilment.time.median", "Median order fulfilment time", "seconds",
				figures -> seconds(figures.fulfilmentTime()));
		gauge(registry, "lead.time.median", "Median order lead time", "seconds",
				figures -> seconds(figures.leadTime()));
		gauge(registry, "orders.placed", "Orders placed", null, figures -> BigDecimal.valueOf(figures.ordersPlaced()));
	}

	private void rate(MeterRegistry registry, String name, String description,
			Function<KpiFigures, BigDecimal> figure) {
		gauge(registry, name, description + ", 0 to 1", null, figure);
	}

	private void gauge(MeterRegistry registry, String name, String description, String unit,
			Function<KpiFigures, BigDecimal> figure) {
		Gauge.builder("orderflow.kpi." + name, () -> value(figure))
			.description(description + ", last " + DAYS + " days")
			.baseUnit(unit)
			.register(registry);
	}

	private double value(Function<KpiFigures, BigDecimal> figure) {
		BigDecimal value = figure.apply(figures());
		return value == null ? Double.NaN : value.doubleValue();
	}

	private KpiFigures figures() {
		Instant now = clock.instant();
		Computed computed = last;
		if (computed == null || computed.at().plus(FRESH_FOR).isBefore(now)) {
			LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
			computed = new Computed(now, kpis.figures(today.minusDays(DAYS - 1), today, ZoneOffset.UTC));
			last = computed;
		}
		return computed.figures();
	}

	private static BigDecimal seconds(KpiFigures.Times times) {
		return times.median() == null ? null : BigDecimal.valueOf(times.median().toSeconds());
	}

	private record Computed(Instant at, KpiFigures figures) {
	}

}
