package io.orderflow.bench;

import java.util.List;
import java.util.Locale;
import java.util.function.ToLongFunction;

/**
 * The figures of one run, as {@code results.json} lists them and the {@code BENCH} line
 * prints them. Latencies in milliseconds, CPU per order in milliseconds, per-order
 * database figures are run totals divided by the orders the run completed; the
 * {@code net} ones without what the driver's polling cost (measured idle beforehand).
 */
record RunResult(String system, String phase, int clients, int repetition, long ordersInDatabase, int placed,
		int completed, int unfinished, double completedPerSecond, double postP50, double postP95, double postP99,
		double shippedP50, double shippedP95, double completedP50, double completedP95, double afterLastEventP50,
		double afterLastEventP95, double afterLastEventMax, double transactionsPerOrder, double statementsPerOrder,
		double commitsPerOrder, double insertedPerOrder, double updatedPerOrder, double deletedPerOrder,
		double javaCpuMsPerOrder, double postgresCpuMsPerOrder, double driverCpuShare, double pollsPerOrder,
		double netTransactionsPerOrder, double netStatementsPerOrder, double netJavaCpuMsPerOrder,
		double netPostgresCpuMsPerOrder, double rssMb, int errors, long incidents, long optimisticLockingFailures,
		double seconds) {

	static RunResult of(String system, String phase, int clients, int repetition, long ordersInDatabase,
			LoadRun.Outcome outcome, Probe.Cost cost, Probe.Cost net, double rssMb, int errors, long incidents,
			long optimisticLockingFailures) {
		List<LoadRun.Times> ended = outcome.orders().stream().filter(t -> t.completed != 0).toList();
		Percentiles post = millis(outcome.orders(), t -> t.postNanos);
		Percentiles shipped = millis(ended.stream().filter(t -> t.shipped != 0).toList(), t -> t.shipped - t.placed);
		Percentiles done = millis(ended, t -> t.completed - t.placed);
		Percentiles afterEvent = millis(ended.stream().filter(t -> t.delivered != 0).toList(),
				t -> t.completed - t.delivered);
		double n = Math.max(1, ended.size());
		return new RunResult(system, phase, clients, repetition, ordersInDatabase, outcome.placed(), ended.size(),
				outcome.unfinished(), outcome.completedPerSecond(), post.at(50), post.at(95), post.at(99),
				shipped.at(50), shipped.at(95), done.at(50), done.at(95), afterEvent.at(50), afterEvent.at(95),
				afterEvent.max(), cost.transactions() / n, cost.statements() < 0 ? -1 : cost.statements() / n,
				cost.commits() < 0 ? -1 : cost.commits() / n, cost.inserted() / n, cost.updated() / n,
				cost.deleted() / n, cost.appCpuMs() / n, cost.postgresCpuMs() / n, cost.driverShare(),
				outcome.polls() / n, net.transactions() / n, net.statements() < 0 ? -1 : net.statements() / n,
				net.appCpuMs() / n, net.postgresCpuMs() / n, rssMb, errors + outcome.failures(), incidents,
				optimisticLockingFailures, cost.seconds());
	}

	private static Percentiles millis(List<LoadRun.Times> orders, ToLongFunction<LoadRun.Times> nanos) {
		return new Percentiles(orders.stream().map(t -> nanos.applyAsLong(t) / 1e6).toList());
	}

	String line() {
		return String.format(Locale.ROOT,
				"BENCH %s %s C=%d run=%d orders/s=%.1f placed=%d completed=%d unfinished=%d post-p50=%.0f p95=%.0f"
						+ " p99=%.0f shipped-p50=%.0f completed-p50=%.0f p95=%.0f after-last-event-p50=%.0f max=%.0f"
						+ " tx/order=%.1f statements/order=%.0f inserted/order=%.0f updated/order=%.0f deleted/order=%.0f"
						+ " java-cpu-ms/order=%.0f pg-cpu-ms/order=%.0f driver-cpu=%.1f%% polls/order=%.1f net: tx/order=%.1f statements/order=%.0f java-cpu-ms/order=%.0f pg-cpu-ms/order=%.0f rss-mb=%.0f errors=%d"
						+ " incidents=%d optimistic-locking=%d orders-in-db=%d seconds=%.0f",
				system, phase, clients, repetition, completedPerSecond, placed, completed, unfinished, postP50, postP95,
				postP99, shippedP50, completedP50, completedP95, afterLastEventP50, afterLastEventMax,
				transactionsPerOrder, statementsPerOrder, insertedPerOrder, updatedPerOrder, deletedPerOrder,
				javaCpuMsPerOrder, postgresCpuMsPerOrder, driverCpuShare * 100, pollsPerOrder, netTransactionsPerOrder,
				netStatementsPerOrder, netJavaCpuMsPerOrder, netPostgresCpuMsPerOrder, rssMb, errors, incidents,
				optimisticLockingFailures, ordersInDatabase, seconds);
	}

}
