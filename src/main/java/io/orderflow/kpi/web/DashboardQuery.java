package io.orderflow.kpi.web;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.Set;

import io.orderflow.kpi.Granularity;
import io.orderflow.kpi.Kpis;
import io.orderflow.order.SalesChannel;
import org.springframework.util.MultiValueMap;

/**
 * What the dashboard's form asks for: the last 7, 30 or 90 days up to today in the
 * reader's zone, or the days from/to; optionally one channel or one warehouse. The series
 * is cut by day up to a month, by week up to half a year, by month beyond.
 */
record DashboardQuery(int days, LocalDate from, LocalDate to, Optional<SalesChannel> channel,
		Optional<String> warehouse, ZoneId zone) {

	static final Set<Integer> PRESETS = Set.of(7, 30, 90);

	private static final Set<String> PARAMETERS = Set.of("days", "from", "to", "channel", "warehouse", "zone");

	/** A parameter the form cannot have sent: the field and what is wrong with it. */
	static final class Invalid extends RuntimeException {

		private final String field;

		Invalid(String field, String problem) {
			super(problem);
			this.field = field;
		}

		String field() {
			return field;
		}

	}

	static DashboardQuery of(MultiValueMap<String, String> parameters, Clock clock) {
		parameters.keySet().stream().filter(name -> !PARAMETERS.contains(name)).findFirst().ifPresent(name -> {
			throw new Invalid(name, "is not a known parameter");
		});
		ZoneId zone = zone(value(parameters, "zone").orElse("UTC"));
		Optional<SalesChannel> channel = value(parameters, "channel").map(DashboardQuery::channel);
		Optional<String> warehouse = value(parameters, "warehouse").map(String::strip);
		Optional<LocalDate> from = value(parameters, "from").map(text -> date("from", text));
		Optional<LocalDate> to = value(parameters, "to").map(text -> date("to", text));
		if (from.isPresent() || to.isPresent()) {
			if (from.isEmpty() || to.isEmpty()) {
				throw new Invalid(from.isEmpty() ? "from" : "to", "is needed with the other date");
			}
			if (to.get().isBefore(from.get())) {
				throw new Invalid("to", "must not be before from");
			}
			if (to.get().toEpochDay() - from.get().toEpochDay() + 1 > Kpis.MAX_DAYS) {
				throw new Invalid("to", "must be at most " + Kpis.MAX_DAYS + " days after from");
			}
			return new DashboardQuery(0, from.get(), to.get(), channel, warehouse, zone);
		}
		int days = value(parameters, "days").map(DashboardQuery::days).orElse(30);
		LocalDate today = LocalDate.now(clock.withZone(zone));
		return new DashboardQuery(days, today.minusDays(days - 1), today, channel, warehouse, zone);
	}

	Granularity granularity() {
		long days = to.toEpochDay() - from.toEpochDay() + 1;
		return days <= 31 ? Granularity.DAY : days <= 183 ? Granularity.WEEK : Granularity.MONTH;
	}

	private static Optional<String> value(MultiValueMap<String, String> parameters, String name) {
		return Optional.ofNullable(parameters.getFirst(name)).filter(text -> !text.isBlank());
	}

	private static ZoneId zone(String text) {
		try {
			return ZoneId.of(text);
		}
		catch (DateTimeException e) {
			throw new Invalid("zone", "is not a time zone");
		}
	}

	private static SalesChannel channel(String text) {
		try {
			return SalesChannel.valueOf(text);
		}
		catch (IllegalArgumentException e) {
			throw new Invalid("channel", "is not a sales channel");
		}
	}

	private static LocalDate date(String field, String text) {
		try {
			return LocalDate.parse(text);
		}
		catch (DateTimeParseException e) {
			throw new Invalid(field, "is not a date like 2026-01-31");
		}
	}

	private static int days(String text) {
		try {
			int days = Integer.parseInt(text);
			if (PRESETS.contains(days)) {
				return days;
			}
		}
		catch (NumberFormatException e) {
			// refused below, like any other number of days
		}
		throw new Invalid("days", "must be 7, 30 or 90");
	}

}
