package io.orderflow.shipping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class BusinessDaysTest {

	@ParameterizedTest(name = "{1} business days after {0} is {2}")
	@CsvSource({ "2026-11-23, 1, 2026-11-24", // Monday → Tuesday
			"2026-11-26, 1, 2026-11-27", // Thursday → Friday
			"2026-11-27, 1, 2026-11-30", // Friday → Monday, over the weekend
			"2026-11-27, 3, 2026-12-02", // Friday → Wednesday
			"2026-11-28, 1, 2026-12-01", // Saturday counts from Monday → Tuesday
			"2026-11-29, 0, 2026-11-30", // Sunday, no transit → Monday
			"2026-11-24, 0, 2026-11-24", // a weekday with no transit is that day
			"2026-11-23, 10, 2026-12-07" }) // two whole weeks
	void weekendsDoNotCount(LocalDate start, int days, LocalDate expected) {
		assertThat(BusinessDays.after(start, days)).isEqualTo(expected);
	}

	@Test
	void negativeDaysAreRefused() {
		assertThatThrownBy(() -> BusinessDays.after(LocalDate.of(2026, 11, 23), -1))
			.isInstanceOf(IllegalArgumentException.class);
	}

}
