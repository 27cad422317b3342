package io.orderflow.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/**
 * The timers' durations as configured: checked at start-up and offered to the diagrams by
 * their names, as the ISO-8601 text they were given.
 */
class ProcessTimersTest {

	static final Map<String, String> CONFIGURED = Map.of("return-window", "P30D", "delivery-sla", "P10D",
			"reservation-ttl", "P7D", "backorder-wait", "P14D", "review-sla", "PT4H", "payment-retry-window", "P2D",
			"bank-transfer-deadline", "P5D", "return-parcel-window", "P14D", "return-review-sla", "P1D");

	@Test
	void everyTimerComesBackByTheNameTheDiagramsUse() {
		assertThat(ProcessTimers.asMap(bound(CONFIGURED))).containsOnly(entry("returnWindow", "P30D"),
				entry("deliverySla", "P10D"), entry("reservationTtl", "P7D"), entry("backorderWait", "P14D"),
				entry("reviewSla", "PT4H"), entry("paymentRetryWindow", "P2D"), entry("bankTransferDeadline", "P5D"),
				entry("returnParcelWindow", "P14D"), entry("returnReviewSla", "P1D"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "P2W", "P1M", "PT90M", "P1DT12H", "PT30S", "P1MT2H", "P1Y2M3DT4H" })
	void weeksMonthsAndTimesOfDayAreWellFormed(String duration) {
		assertThat(ProcessTimers.asMap(bound(with("return-window", duration)))).containsEntry("returnWindow", duration);
	}

	@ParameterizedTest
	@ValueSource(strings = { "30 days", "30", "P30", "PT", "", "4h", "P-", "p30d", "PT4h", "P-2D", "-P2D" })
	void aMalformedDurationFailsTheBindingNamingItsProperty(String malformed) {
		assertThatThrownBy(() -> bound(with("bank-transfer-deadline", malformed))).isInstanceOf(BindException.class)
			.hasMessageContaining("orderflow.timers.bank-transfer-deadline")
			.hasStackTraceContaining("must be an ISO-8601 duration such as P30D, was " + malformed);
	}

	@Test
	void aMissingDurationIsRefusedNamingItsProperty() {
		Map<String, String> configured = new HashMap<>(CONFIGURED);
		configured.remove("payment-retry-window");

		assertThatThrownBy(() -> ProcessTimers.asMap(bound(configured))).isInstanceOf(IllegalArgumentException.class)
			.hasMessage("orderflow.timers.payment-retry-window is not set");
	}

	private static Map<String, String> with(String name, String value) {
		Map<String, String> configured = new HashMap<>(CONFIGURED);
		configured.put(name, value);
		return configured;
	}

	/** As Spring Boot binds {@code orderflow.timers} at start-up. */
	private static ProcessTimers bound(Map<String, String> timers) {
		Map<String, String> properties = new HashMap<>();
		timers.forEach((name, value) -> properties.put("orderflow.timers." + name, value));
		return new Binder(new MapConfigurationPropertySource(properties)).bindOrCreate("orderflow.timers",
				ProcessTimers.class);
	}

}
