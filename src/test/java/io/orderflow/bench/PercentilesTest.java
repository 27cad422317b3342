package io.orderflow.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

/** The benchmark's latency figures are nearest-rank percentiles of every sample. */
class PercentilesTest {

	@Test
	void percentilesOfAHundredSamplesAreTheirRanks() {
		Percentiles latencies = new Percentiles(IntStream.rangeClosed(1, 100).mapToObj(i -> 101.0 - i).toList());
		assertThat(latencies.at(50)).isEqualTo(50);
		assertThat(latencies.at(95)).isEqualTo(95);
		assertThat(latencies.at(99)).isEqualTo(99);
		assertThat(latencies.max()).isEqualTo(100);
	}

	@Test
	void aSingleSlowRequestIsTheP99OfFewSamplesButNotTheMedian() {
		Percentiles latencies = new Percentiles(List.of(10.0, 12.0, 11.0, 900.0));
		assertThat(latencies.at(50)).isEqualTo(11);
		assertThat(latencies.at(99)).isEqualTo(900);
	}

	@Test
	void noSamplesGiveNoFigure() {
		assertThat(new Percentiles(List.of()).at(50)).isNaN();
	}

}
