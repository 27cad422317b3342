package io.orderflow.kpi;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/**
 * The days {@code first} to {@code last}, both included, as the reader's zone draws them:
 * from the start of {@code first} to the start of the day after {@code last}.
 */
record Period(LocalDate first, LocalDate last, ZoneId zone) {

	Period {
		if (last.isBefore(first)) {
			throw new IllegalArgumentException("The period ends before it starts");
		}
	}

	OffsetDateTime start() {
		return first.atStartOfDay(zone).toOffsetDateTime();
	}

	OffsetDateTime end() {
		return last.plusDays(1).atStartOfDay(zone).toOffsetDateTime();
	}

	boolean contains(OffsetDateTime at) {
		return at != null && !at.isBefore(start()) && at.isBefore(end());
	}

	/** The period of equal length just before this one. */
	Period previous() {
		long days = last.toEpochDay() - first.toEpochDay() + 1;
		return new Period(first.minusDays(days), first.minusDays(1), zone);
	}

	/** The day an instant falls on in the reader's zone. */
	LocalDate day(OffsetDateTime at) {
		return at.atZoneSameInstant(zone).toLocalDate();
	}

}
