package io.orderflow.bench;

import java.util.Arrays;
import java.util.Collection;

/** Nearest-rank percentiles of a run's samples (milliseconds). */
final class Percentiles {

	private final double[] sorted;

	Percentiles(Collection<Double> samples) {
		sorted = samples.stream().mapToDouble(Double::doubleValue).sorted().toArray();
	}

	/**
	 * The smallest sample that at least {@code p} percent of the samples do not exceed;
	 * NaN without samples.
	 */
	double at(double p) {
		if (sorted.length == 0) {
			return Double.NaN;
		}
		int rank = (int) Math.ceil(p / 100.0 * sorted.length);
		return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
	}

	double max() {
		return sorted.length == 0 ? Double.NaN : sorted[sorted.length - 1];
	}

	int count() {
		return sorted.length;
	}

	@Override
	public String toString() {
		return Arrays.toString(sorted);
	}

}
