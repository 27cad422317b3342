package io.orderflow.shipping;

import java.time.DayOfWeek;
import java.time.LocalDate;

/** Counts business days: Saturdays and Sundays do not count (public holidays do). */
final class BusinessDays {

	private BusinessDays() {
	}

	/**
	 * The day that is {@code days} business days after {@code start}; a start on a
	 * weekend counts from the following Monday.
	 */
	static LocalDate after(LocalDate start, int days) {
		if (days < 0) {
			throw new IllegalArgumentException("days must not be negative, was " + days);
		}
		LocalDate day = start;
		while (isWeekend(day)) {
			day = day.plusDays(1);
		}
		for (int left = days; left > 0; left--) {
			do {
				day = day.plusDays(1);
			}
			while (isWeekend(day));
		}
		return day;
	}

	private static boolean isWeekend(LocalDate day) {
		return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
	}

}
