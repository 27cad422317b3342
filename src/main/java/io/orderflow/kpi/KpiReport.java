package io.orderflow.kpi;

import java.time.LocalDate;
import java.util.List;

/**
 * The KPIs of a period, of the period of equal length just before it, and per bucket of
 * the period (day, week or month; the first and last bucket cut at the period's edges).
 */
public record KpiReport(LocalDate from, LocalDate to, String zone, Granularity granularity, KpiFigures current,
		LocalDate previousFrom, LocalDate previousTo, KpiFigures previous, List<Bucket> series) {

	/** One bucket of the time series: its days and their figures. */
	public record Bucket(LocalDate from, LocalDate to, KpiFigures figures) {
	}

}
