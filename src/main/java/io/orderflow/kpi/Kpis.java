package io.orderflow.kpi;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.orderflow.order.SalesChannel;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The KPIs for a period, optionally only of one channel or of the orders one warehouse
 * shipped: the facts touching the current and the previous period are read once each, on
 * their indexes, and every figure is computed from them.
 */
@Service
public class Kpis {

	/** A year and a day, so a leap year fits. */
	public static final int MAX_DAYS = 366;

	private final KpiFactRepository facts;

	private final CostModel costs;

	Kpis(KpiFactRepository facts, CostModel costs) {
		this.facts = facts;
		this.costs = costs;
	}

	/**
	 * The KPIs of the days {@code from} to {@code to}, both included, counted in the
	 * zone.
	 */
	@Transactional(readOnly = true)
	public KpiReport report(LocalDate from, LocalDate to, ZoneId zone, Optional<SalesChannel> channel,
			Optional<String> warehouse, Granularity granularity) {
		Period period = new Period(from, to, zone);
		List<OrderFact> current = of(period, channel, warehouse);
		Period previous = period.previous();
		List<Bucket> buckets = new ArrayList<>();
		for (LocalDate start = period.first(); !start.isAfter(period.last()); start = granularity
			.next(granularity.start(start))) {
			LocalDate end = granularity.next(granularity.start(start)).minusDays(1);
			Period bucket = new Period(start, end.isAfter(period.last()) ? period.last() : end, period.zone());
			buckets.add(new Bucket(bucket.first(), bucket.last(), KpiFigures.of(current, bucket, costs)));
		}
		return new KpiReport(period.first(), period.last(), period.zone().getId(), granularity,
				KpiFigures.of(current, period, costs), previous.first(), previous.last(),
				KpiFigures.of(of(previous, channel, warehouse), previous, costs),
				buckets.stream().map(b -> new KpiReport.Bucket(b.from(), b.to(), b.figures())).toList());
	}

	/** The KPIs of the days {@code from} to {@code to} in the zone, without series. */
	@Transactional(readOnly = true)
	KpiFigures figures(LocalDate from, LocalDate to, ZoneId zone) {
		Period period = new Period(from, to, zone);
		return KpiFigures.of(of(period, Optional.empty(), Optional.empty()), period, costs);
	}

	private List<OrderFact> of(Period period, Optional<SalesChannel> channel, Optional<String> warehouse) {
		return facts.touching(period.start(), period.end())
			.stream()
			.filter(fact -> channel.map(fact.channel()::equals).orElse(true))
			.filter(fact -> warehouse.map(fact.warehouses()::contains).orElse(true))
			.toList();
	}

	private record Bucket(LocalDate from, LocalDate to, KpiFigures figures) {
	}

}
