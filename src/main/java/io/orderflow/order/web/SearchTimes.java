package io.orderflow.order.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

import io.orderflow.web.InvalidRequestException;

/**
 * The bounds of a search by placed time: an ISO instant as it is, or an ISO date as a
 * whole day in UTC (from its start; up to the start of the next day).
 */
final class SearchTimes {

	private SearchTimes() {
	}

	static Instant from(String parameter, String value) {
		return parse(parameter, value, false);
	}

	static Instant to(String parameter, String value) {
		return parse(parameter, value, true);
	}

	private static Instant parse(String parameter, String value, boolean endOfDay) {
		try {
			if (value.length() == 10) {
				LocalDate day = LocalDate.parse(value);
				return (endOfDay ? day.plusDays(1) : day).atStartOfDay(ZoneOffset.UTC).toInstant();
			}
			return Instant.parse(value);
		}
		catch (DateTimeParseException e) {
			throw new InvalidRequestException(parameter,
					"is neither an ISO instant (2026-12-01T08:00:00Z) nor an ISO date (2026-12-01)");
		}
	}

}
