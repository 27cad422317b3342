package io.orderflow.workflow;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The durations the diagrams' timers wait, from {@code orderflow.timers}:
 * {@code orderflow.timers.delivery-sla} is {@code ${timers.deliverySla}} in a diagram.
 * Values are ISO-8601 durations ({@code P30D}, {@code PT4H}), checked at start-up
 * ({@link TimerDuration}), not when a timer first fires. A new timer is a new component
 * here and a line in application.yaml.
 */
@ConfigurationProperties("orderflow.timers")
public record ProcessTimers(TimerDuration returnWindow, TimerDuration deliverySla, TimerDuration reservationTtl,
		TimerDuration backorderWait, TimerDuration reviewSla, TimerDuration paymentRetryWindow,
		TimerDuration bankTransferDeadline, TimerDuration returnParcelWindow, TimerDuration returnReviewSla) {

	/**
	 * Each timer's ISO-8601 text by the name the diagrams use; a missing value fails
	 * here, at start-up.
	 */
	static Map<String, String> asMap(ProcessTimers timers) {
		return Arrays.stream(ProcessTimers.class.getRecordComponents())
			.collect(Collectors.toMap(RecordComponent::getName, component -> value(component, timers)));
	}

	private static String value(RecordComponent component, ProcessTimers timers) {
		try {
			Object value = component.getAccessor().invoke(timers);
			if (value == null) {
				throw new IllegalArgumentException("orderflow.timers." + kebab(component.getName()) + " is not set");
			}
			return ((TimerDuration) value).iso();
		}
		catch (ReflectiveOperationException e) {
			throw new IllegalStateException(e);
		}
	}

	private static String kebab(String name) {
		return name.replaceAll("([A-Z])", "-$1").toLowerCase();
	}

}
