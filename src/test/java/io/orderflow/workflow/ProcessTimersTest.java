package io.orderflow.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The timers' durations as configured: checked at start-up and offered to the diagrams by
 * their names.
 */
class ProcessTimersTest {

	@Test
	void everyTimerComesBackByTheNameTheDiagramsUse() {
		ProcessTimers timers = new ProcessTimers("P30D", "P10D", "P7D", "P14D", "PT4H", "P2D", "P5D", "P14D", "P1D");

		assertThat(ProcessTimers.asMap(timers)).containsOnly(entry("returnWindow", "P30D"),
				entry("deliverySla", "P10D"), entry("reservationTtl", "P7D"), entry("backorderWait", "P14D"),
				entry("reviewSla", "PT4H"), entry("paymentRetryWindow", "P2D"), entry("bankTransferDeadline", "P5D"),
				entry("returnParcelWindow", "P14D"), entry("returnReviewSla", "P1D"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "P2W", "P1M", "PT90M", "P1DT12H", "PT30S", "P1MT2H", "P1Y2M3DT4H" })
	void weeksMonthsAndTimesOfDayAreWellFormed(String duration) {
		ProcessTimers timers = new ProcessTimers(duration, "P10D", "P7D", "P14D", "PT4H", "P2D", "P5D", "P14D", "P1D");

		assertThat(ProcessTimers.asMap(timers)).containsEntry("returnWindow", duration);
	}

	@ParameterizedTest
	@ValueSource(strings = { "30 days", "30", "P30", "PT", "", "4h", "P-", "p30d", "PT4h", "P-2D", "-P2D" })
	void aMalformedDurationIsRefusedNamingItsProperty(String malformed) {
		ProcessTimers timers = new ProcessTimers("P30D", "P10D", "P7D", "P14D", "PT4H", "P2D", malformed, "P14D",
				"P1D");

		assertThatThrownBy(() -> ProcessTimers.asMap(timers)).isInstanceOf(IllegalArgumentException.class)
			.hasMessage("orderflow.timers.bank-transfer-deadline must be an ISO-8601 duration such as P30D, was "
					+ malformed);
	}

	@Test
	void aMissingDurationIsRefusedNamingItsProperty() {
		ProcessTimers timers = new ProcessTimers("P30D", "P10D", "P7D", "P14D", "PT4H", null, "P5D", "P14D", "P1D");

		assertThatThrownBy(() -> ProcessTimers.asMap(timers)).isInstanceOf(IllegalArgumentException.class)
			.hasMessage("orderflow.timers.payment-retry-window is not set");
	}

}
