package io.orderflow.kpi.web;

import java.math.BigDecimal;
import java.util.function.Function;

import io.orderflow.kpi.KpiFigures;

/**
 * One headline figure of the dashboard: its value now, the change against the previous
 * period in words and as an arrow whose text alternative says whether that is better.
 *
 * @param value the figure as {@code /api/kpis} reports it, null without data
 */
record Tile(String key, String label, String text, BigDecimal value, String previousText, String change, String arrow,
		String arrowText, String tone) {

	/** What a tile shows and which direction is good. */
	enum Kind {

		RATE, HOURS, MONEY, SCORE

	}

	static Tile of(String key, String label, Kind kind, boolean higherIsBetter, KpiFigures current, KpiFigures previous,
			Function<KpiFigures, BigDecimal> figure) {
		BigDecimal now = figure.apply(current);
		BigDecimal before = figure.apply(previous);
		String text = text(kind, now, current.costCurrency());
		String previousText = text(kind, before, previous.costCurrency());
		if (now == null || before == null) {
			return new Tile(key, label, text, now, previousText, "Nothing to compare with", "", "", "neutral");
		}
		BigDecimal difference = kind == Kind.RATE
				? DashboardFormats.points(now).subtract(DashboardFormats.points(before)) : now.subtract(before);
		int sign = difference.signum();
		if (sign == 0) {
			return new Tile(key, label, text, now, previousText, "No change", "▬", "unchanged", "neutral");
		}
		String size = switch (kind) {
			case RATE -> difference.abs().toPlainString() + " points";
			case HOURS -> DashboardFormats.hours(difference.abs());
			case MONEY -> DashboardFormats.money(difference.abs(), current.costCurrency());
			case SCORE -> difference.abs().toPlainString();
		};
		boolean better = (sign > 0) == higherIsBetter;
		return new Tile(key, label, text, now, previousText,
				(sign > 0 ? "Up " : "Down ") + size + " on the previous period", sign > 0 ? "▲" : "▼",
				(sign > 0 ? "rose, " : "fell, ") + (better ? "better" : "worse"), better ? "better" : "worse");
	}

	private static String text(Kind kind, BigDecimal value, String currency) {
		return switch (kind) {
			case RATE -> DashboardFormats.percent(value);
			case HOURS -> DashboardFormats.hours(value);
			case MONEY -> DashboardFormats.money(value, currency);
			case SCORE -> value == null ? DashboardFormats.NO_DATA : value.toPlainString();
		};
	}

}
