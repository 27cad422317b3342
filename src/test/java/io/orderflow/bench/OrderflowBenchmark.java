package io.orderflow.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.orderflow.AppNode;
import io.orderflow.bench.twin.TwinEngine;
import io.orderflow.drive.ClusterClient;
import org.junit.jupiter.api.Test;

/**
 * The benchmark of issue #15 ({@code ./mvnw -Pbench verify}; docs/performance.md): the
 * packaged OMS and its twin baseline, each a JVM process with {@code -Xmx512m} on a fresh
 * PostgreSQL database of its own, driven end to end over HTTP from 1, 4, 16 and 32
 * concurrent clients after a JIT warm-up, alternating OMS and twin; then the OMS again
 * with about 10,000 and 100,000 orders in its database. Prints one {@code BENCH} line per
 * run and writes {@code target/bench/results.json} and {@code report.html}. It measures,
 * it does not judge: the targets are reported, not asserted.
 */
class OrderflowBenchmark {

	private static final boolean QUICK = Boolean.getBoolean("bench.quick");

	private static final Path OUTPUT = Path.of("target", "bench");

	private static final Pattern OPTIMISTIC_LOCKING = Pattern.compile("OptimisticLockingException");

	/**
	 * Placing stops when no order completed by then (a system that hangs, or far too
	 * slow).
	 */
	private static final Duration FIRST_COMPLETION_TIMEOUT = Duration
		.ofSeconds(Long.parseLong(setting("bench.first-completion-seconds", "90")));

	/**
	 * The longest a run waits for its orders once placing stopped; what is left counts as
	 * unfinished.
	 */
	private static final Duration DRAIN = Duration.ofSeconds(Long.parseLong(setting("bench.drain-seconds", "60")));

	/**
	 * Poller rounds with nothing in flight before each run, to measure what polling
	 * costs.
	 */
	private static final int IDLE_POLLS = 20;

	private int runs;

	private final Map<String, Long> lockingSeen = new LinkedHashMap<>();

	@Test
	void ordersEndToEndAgainstTheTwinBaseline() throws Exception {
		List<Integer> levels = Arrays.stream(setting("bench.clients", QUICK ? "1,16" : "1,4,16,32").split(","))
			.map(String::trim)
			.map(Integer::valueOf)
			.toList();
		Duration measure = Duration.ofSeconds(Long.parseLong(setting("bench.seconds", QUICK ? "8" : "15")));
		Duration warmUp = Duration.ofSeconds(Long.parseLong(setting("bench.warmup-seconds", QUICK ? "10" : "20")));
		int repeats = Integer.parseInt(setting("bench.repeats", "2"));
		int perClient = Integer.parseInt(setting("bench.inflight-per-client", "8"));
		List<Long> growth = Arrays
			.stream(setting("bench.growth-orders", QUICK ? "10000,30000" : "10000,100000").split(","))
			.map(String::trim)
			.filter(s -> !s.isEmpty() && !s.equals("none"))
			.map(Long::valueOf)
			.toList();
		int growthClients = Integer.parseInt(setting("bench.growth-clients", "16"));
		String base = setting("bench.database", "orderflow_bench");
		String omsDatabase = AppNode.recreateNamedDatabase(base);
		String twinDatabase = AppNode.recreateNamedDatabase(base + "_twin");
		String monitorDatabase = AppNode.recreateNamedDatabase(base + "_monitor");
		Files.createDirectories(OUTPUT);
		List<String> jvm = new ArrayList<>(List.of("-Xmx512m"));
		if (Boolean.parseBoolean(setting("bench.jfr", "false"))) {
			// A profile of the OMS for the next bottleneck; written when the node stops.
			jvm.add("-XX:StartFlightRecording=settings=profile,dumponexit=true,filename="
					+ OUTPUT.resolve("oms.jfr").toAbsolutePath());
		}
		List<AppNode> nodes = new ArrayList<>();
		List<RunResult> results = new ArrayList<>();
		Map<String, Object> environment = new LinkedHashMap<>();
		try (Probe probe = new Probe(AppNode.jdbcUrl(monitorDatabase), AppNode.DB_USER, AppNode.DB_PASSWORD)) {
			AppNode oms = started(
					AppNode.start("oms", omsDatabase, OUTPUT, jvm, "--orderflow.timers.return-window=PT1S"), nodes,
					environment);
			AppNode twin = started(AppNode.startMain("twin", twinDatabase, OUTPUT,
					List.of("-Xmx512m", "-Dtwin.return-window=PT1S"), TwinEngine.class, "--spring.config.name=twin"),
					nodes, environment);
			environment.put("cpus", Runtime.getRuntime().availableProcessors());
			environment.put("pgStatStatements", probe.statementsAvailable());
			environment.put("clients", levels);
			environment.put("measureSeconds", measure.toSeconds());
			environment.put("inFlightPerClient", perClient);
			environment.put("startedAt", Instant.now().toString());
			ClusterClient omsClient = new ClusterClient(List.of(oms));
			ClusterClient.Response stock = omsClient.put("/api/admin/stock/" + OmsTarget.SKU + "/BER",
					ClusterClient.ADMIN, "{\"onHand\":1000000}");
			if (!stock.ok()) {
				throw new IllegalStateException("Stock not set: " + stock.status() + " " + stock.body());
			}
			Measured a = new Measured(new OmsTarget(omsClient), oms, omsDatabase);
			Measured b = new Measured(new TwinTarget(new ClusterClient(List.of(twin))), twin, twinDatabase);
			HistoricOrders history = new HistoricOrders(AppNode.jdbcUrl(omsDatabase), AppNode.DB_USER,
					AppNode.DB_PASSWORD);
			for (Measured system : List.of(a, b)) {
				report(run(probe, system, "warmup", 16, 1, perClient, warmUp, history), null);
			}
			for (int clients : levels) {
				for (int repetition = 1; repetition <= repeats; repetition++) {
					for (Measured system : List.of(a, b)) {
						report(run(probe, system, "load", clients, repetition, perClient, measure, history), results);
					}
				}
			}
			for (long orders : growth) {
				long inDatabase = history.fillUpTo(orders);
				System.out.println("BENCH growth: " + inDatabase + " orders in the OMS database");
				report(run(probe, a, "growth", growthClients, 1, perClient, measure, history), results);
			}
		}
		finally {
			nodes.forEach(AppNode::stop);
			new Report(results, environment).write(OUTPUT);
		}
		System.out.println("BENCH summary: " + new Report(results, environment).summary());
	}

	private AppNode started(AppNode node, List<AppNode> nodes, Map<String, Object> environment)
			throws InterruptedException {
		nodes.add(node);
		long start = System.nanoTime();
		node.awaitHealthy(Instant.now().plus(Duration.ofMinutes(4)));
		double seconds = (System.nanoTime() - start) / 1e9;
		environment.put(node.name() + "StartSeconds", Math.round(seconds * 10) / 10.0);
		System.out.printf("BENCH %s started in %.1f s, rss-mb=%.0f%n", node.name(), seconds, Probe.rssMb(node.pid()));
		return node;
	}

	private RunResult run(Probe probe, Measured system, String phase, int clients, int repetition, int perClient,
			Duration measure, HistoricOrders history) throws Exception {
		// unique per run: the shop's Idempotency-Keys are made of it, and a key used
		// again answers the old order
		String id = system.target().name() + "-" + phase + "-c" + clients + "-" + repetition + "-" + (++runs);
		int inFlight = clients == 1 ? 1 : clients * perClient;
		LoadRun.Settings settings = new LoadRun.Settings(clients, inFlight, measure, FIRST_COMPLETION_TIMEOUT, DRAIN,
				clients == 1 ? 50 : 250);
		LoadRun load = new LoadRun(system.target(), id, settings);
		Probe.Cost polling = settle(probe, system, () -> load.pollIdle(IDLE_POLLS));
		int errorsBefore = system.target().client().notOk.get();
		LoadRun.Outcome[] outcome = new LoadRun.Outcome[1];
		Probe.Cost cost = settle(probe, system, () -> outcome[0] = load.run());
		Probe.Cost net = cost.minus(polling, outcome[0].polls() / (double) IDLE_POLLS);
		long ordersInDatabase = system.target().name().equals("oms") ? history.count() : -1;
		return RunResult.of(system.target().name(), phase, clients, repetition, ordersInDatabase, outcome[0], cost, net,
				Probe.rssMb(system.node().pid()), system.target().client().notOk.get() - errorsBefore,
				HistoricOrders.incidents(AppNode.jdbcUrl(system.database()), AppNode.DB_USER, AppNode.DB_PASSWORD),
				newOptimisticLockingFailures(system.node()));
	}

	/**
	 * What the database, the application and the driver spent while {@code work} ran,
	 * waiting a moment afterwards for PostgreSQL's counters to arrive.
	 */
	private static Probe.Cost settle(Probe probe, Measured system, Work work) throws Exception {
		Probe.Snapshot before = probe.start(system.database(), system.node().pid());
		work.run();
		Thread.sleep(1500);
		return probe.take(system.database(), system.node().pid()).minus(before);
	}

	/** Something measured. */
	interface Work {

		void run() throws Exception;

	}

	private static void report(RunResult result, List<RunResult> results) {
		System.out.println(result.line());
		if (results != null) {
			results.add(result);
		}
	}

	/** Optimistic-locking failures the node logged since the last look. */
	private long newOptimisticLockingFailures(AppNode node) throws IOException {
		Matcher matcher = OPTIMISTIC_LOCKING.matcher(Files.readString(node.log()));
		long count = 0;
		while (matcher.find()) {
			count++;
		}
		Long before = lockingSeen.put(node.name(), count);
		return count - (before == null ? 0 : before);
	}

	private static String setting(String name, String fallback) {
		String value = System.getProperty(name);
		return value == null || value.isBlank() ? fallback : value;
	}

	/** A system under test: how to drive it, its process, its database. */
	record Measured(Target target, AppNode node, String database) {
	}

}
