package io.orderflow.workflow;

import java.time.Duration;
import java.time.Period;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Durations the diagrams' timers read as {@code ${timers.returnWindow}}, so operations tune them in configuration.
 * Values are ISO-8601 durations and are checked at start-up, not when a timer first fires.
 */
@Component("timers")
public class ProcessTimers {

	private final String returnWindow;

	private final String deliverySla;

	ProcessTimers(@Value("${orderflow.return-window}") String returnWindow,
			@Value("${orderflow.delivery.sla}") String deliverySla) {
		this.returnWindow = checked("orderflow.return-window", returnWindow);
		this.deliverySla = checked("orderflow.delivery.sla", deliverySla);
	}

	public String getReturnWindow() {
		return returnWindow;
	}

	public String getDeliverySla() {
		return deliverySla;
	}

	private static String checked(String property, String value) {
		try {
			if (value.contains("T")) {
				Duration.parse(value);
			}
			else {
				Period.parse(value);
			}
			return value;
		}
		catch (RuntimeException e) {
			throw new IllegalArgumentException(property + " must be an ISO-8601 duration such as P30D, was " + value, e);
		}
	}

}
