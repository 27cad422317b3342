package io.orderflow.workflow;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Date;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import javax.xml.datatype.DatatypeConfigurationException;
import javax.xml.datatype.DatatypeFactory;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The durations the diagrams' timers wait, from {@code orderflow.timers}:
 * {@code orderflow.timers.delivery-sla} is {@code ${timers.deliverySla}} in a diagram.
 * Values are ISO-8601 durations ({@code P30D}, {@code PT4H}), checked at start-up, not
 * when a timer first fires. A new timer is a new component here and a line in
 * application.yaml.
 */
@ConfigurationProperties("orderflow.timers")
public record ProcessTimers(String returnWindow, String deliverySla, String reservationTtl, String backorderWait,
		String reviewSla, String paymentRetryWindow, String bankTransferDeadline, String returnParcelWindow,
		String returnReviewSla) {

	private static final Pattern WEEKS = Pattern.compile("P(\\d+)W");

	/**
	 * When a timer of this duration, started at {@code from}, fires: as Camunda computes
	 * it (XML Schema durations, and weeks).
	 */
	public static Date after(Date from, String duration) {
		Matcher weeks = WEEKS.matcher(duration);
		String days = weeks.matches() ? "P" + Integer.parseInt(weeks.group(1)) * 7 + "D" : duration;
		try {
			Date end = (Date) from.clone();
			DatatypeFactory.newInstance().newDuration(days).addTo(end);
			return end;
		}
		catch (DatatypeConfigurationException e) {
			throw new IllegalStateException(e);
		}
	}

	/**
	 * Each timer by the name the diagrams use; a missing or malformed value fails here,
	 * at start-up.
	 */
	static Map<String, String> asMap(ProcessTimers timers) {
		Map<String, String> byName = Arrays.stream(ProcessTimers.class.getRecordComponents())
			.collect(Collectors.toMap(RecordComponent::getName, component -> value(component, timers)));
		byName.forEach(ProcessTimers::check);
		return byName;
	}

	private static String value(RecordComponent component, ProcessTimers timers) {
		try {
			Object value = component.getAccessor().invoke(timers);
			if (value == null) {
				throw new IllegalArgumentException("orderflow.timers." + kebab(component.getName()) + " is not set");
			}
			return (String) value;
		}
		catch (ReflectiveOperationException e) {
			throw new IllegalStateException(e);
		}
	}

	/**
	 * Accepts what Camunda's timers accept: an XML Schema duration, or weeks
	 * ({@code P2W}); nothing negative.
	 */
	private static void check(String name, String value) {
		try {
			if (!WEEKS.matcher(value).matches() && DatatypeFactory.newInstance().newDuration(value).getSign() < 0) {
				throw new IllegalArgumentException("negative");
			}
		}
		catch (RuntimeException | DatatypeConfigurationException e) {
			throw new IllegalArgumentException(
					"orderflow.timers." + kebab(name) + " must be an ISO-8601 duration such as P30D, was " + value, e);
		}
	}

	private static String kebab(String name) {
		return name.replaceAll("([A-Z])", "-$1").toLowerCase();
	}

}
