package io.orderflow.kpi;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/** How a period's time series is cut: by day, by ISO week (Monday first) or by month. */
public enum Granularity {

	DAY, WEEK, MONTH;

	/** The first day of the bucket the day falls in. */
	LocalDate start(LocalDate day) {
		return switch (this) {
			case DAY -> day;
			case WEEK -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
			case MONTH -> day.withDayOfMonth(1);
		};
	}

	LocalDate next(LocalDate bucketStart) {
		return switch (this) {
			case DAY -> bucketStart.plusDays(1);
			case WEEK -> bucketStart.plusWeeks(1);
			case MONTH -> bucketStart.plusMonths(1);
		};
	}

}
