package io.orderflow.shipping;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WeightToleranceTest {

	final ShippingSettings.WeightTolerance tolerance = new ShippingSettings.WeightTolerance(20, 100);

	@ParameterizedTest(name = "lines {0} g, parcel {1} g: {2}")
	@CsvSource({ "1000, 1300, true", "1000, 1301, false", "1000, 700, true", "1000, 699, false", "120, 244, true",
			"120, 245, false", "120, 99999999, false", "120, 1, true" })
	void parcelMayDifferByPercentOfTheLinesPlusGrams(int expected, int actual, boolean allowed) {
		assertThat(tolerance.allows(expected, actual)).isEqualTo(allowed);
	}

}
