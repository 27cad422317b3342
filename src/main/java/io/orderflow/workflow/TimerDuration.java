package io.orderflow.workflow;

import java.util.Date;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.datatype.DatatypeConfigurationException;
import javax.xml.datatype.DatatypeFactory;

/**
 * A timer's duration as Camunda's timers take it, kept as its ISO-8601 text
 * ({@code P30D}, {@code PT4H}, {@code P2W}, {@code P1MT2H}): neither {@code Duration} nor
 * {@code Period} holds months and hours at once, and the diagrams' expressions get the
 * text. Checked when made, so a wrong value in {@code orderflow.timers} fails the start
 * naming its property, not when a timer first fires.
 */
public record TimerDuration(String iso) {

	private static final Pattern WEEKS = Pattern.compile("P(\\d+)W");

	/**
	 * Accepts what Camunda's timers accept: an XML Schema duration, or weeks
	 * ({@code P2W}); nothing negative.
	 */
	public TimerDuration {
		try {
			if (!WEEKS.matcher(iso).matches() && DatatypeFactory.newInstance().newDuration(iso).getSign() < 0) {
				throw new IllegalArgumentException("negative");
			}
		}
		catch (RuntimeException | DatatypeConfigurationException e) {
			throw new IllegalArgumentException("must be an ISO-8601 duration such as P30D, was " + iso, e);
		}
	}

	/** How configuration binding makes one from its text. */
	public static TimerDuration of(String iso) {
		return new TimerDuration(iso);
	}

	/**
	 * When a timer of this duration, started at {@code from}, fires: as Camunda computes
	 * it (XML Schema durations, and weeks).
	 */
	public Date after(Date from) {
		Matcher weeks = WEEKS.matcher(iso);
		String days = weeks.matches() ? "P" + Integer.parseInt(weeks.group(1)) * 7 + "D" : iso;
		try {
			Date end = (Date) from.clone();
			DatatypeFactory.newInstance().newDuration(days).addTo(end);
			return end;
		}
		catch (DatatypeConfigurationException e) {
			throw new IllegalStateException(e);
		}
	}

	@Override
	public String toString() {
		return iso;
	}

}
