package io.orderflow.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.function.ToDoubleFunction;

import io.orderflow.drive.ClusterClient;

/**
 * The benchmark's output under {@code target/bench/}: {@code results.json} with every run
 * and the summary against the targets, and {@code report.html}, an inline SVG
 * chart of completed orders per second by clients for both systems, with the tables.
 */
final class Report {

	private final List<RunResult> runs;

	private final Map<String, Object> environment;

	Report(List<RunResult> runs, Map<String, Object> environment) {
		this.runs = runs;
		this.environment = environment;
	}

	/** Mean of a figure over the measured runs of one system at one concurrency. */
	OptionalDouble mean(String system, String phase, int clients, ToDoubleFunction<RunResult> figure) {
		return runs.stream()
			.filter(r -> r.system().equals(system) && r.phase().equals(phase) && r.clients() == clients)
			.mapToDouble(figure)
			.average();
	}

	List<Integer> levels() {
		return runs.stream().filter(r -> r.phase().equals("load")).map(RunResult::clients).distinct().sorted().toList();
	}

	/** The targets, each with the figure measured and whether it was met. */
	Map<String, Object> summary() {
		Map<String, Object> summary = new LinkedHashMap<>();
		int best = levels().stream()
			.max((a, b) -> Double.compare(mean("oms", "load", a, RunResult::completedPerSecond).orElse(0),
					mean("oms", "load", b, RunResult::completedPerSecond).orElse(0)))
			.orElse(0);
		double oms = mean("oms", "load", best, RunResult::completedPerSecond).orElse(0);
		double twinBest = levels().stream()
			.mapToDouble(c -> mean("twin", "load", c, RunResult::completedPerSecond).orElse(0))
			.max()
			.orElse(0);
		summary.put("bestClients", best);
		summary.put("omsOrdersPerSecond", oms);
		summary.put("twinInstancesPerSecond", twinBest);
		summary.put("ratio", twinBest == 0 ? 0 : oms / twinBest);
		summary.put("target50PerSecond", oms >= 50);
		summary.put("target60PercentOfTwin", twinBest > 0 && oms / twinBest >= 0.6);
		double afterEvent = mean("oms", "load", 1, RunResult::afterLastEventMax).orElse(Double.NaN);
		summary.put("c1AfterLastEventMaxMs", afterEvent);
		summary.put("targetWithin1sOfLastEvent", afterEvent <= 1000);
		int half = levels().stream()
			.min((a, b) -> Double.compare(
					Math.abs(mean("oms", "load", a, RunResult::completedPerSecond).orElse(0) - oms / 2),
					Math.abs(mean("oms", "load", b, RunResult::completedPerSecond).orElse(0) - oms / 2)))
			.orElse(0);
		double p50 = mean("oms", "load", half, RunResult::postP50).orElse(Double.NaN);
		double p99 = mean("oms", "load", half, RunResult::postP99).orElse(Double.NaN);
		summary.put("halfPeakClients", half);
		summary.put("postP99OverP50AtHalfPeak", p99 / p50);
		summary.put("targetP99Within3xP50", p99 <= 3 * p50);
		List<RunResult> growth = runs.stream().filter(r -> r.phase().equals("growth")).toList();
		if (growth.size() == 2) {
			RunResult small = growth.get(0);
			RunResult large = growth.get(1);
			double cpu = (large.netJavaCpuMsPerOrder() + large.netPostgresCpuMsPerOrder())
					/ (small.netJavaCpuMsPerOrder() + small.netPostgresCpuMsPerOrder()) - 1;
			double tx = large.netTransactionsPerOrder() / small.netTransactionsPerOrder() - 1;
			summary.put("growthOrders", List.of(small.ordersInDatabase(), large.ordersInDatabase()));
			summary.put("growthCpuChange", cpu);
			summary.put("growthTransactionsChange", tx);
			summary.put("targetGrowthWithin10Percent", Math.abs(cpu) <= 0.1 && Math.abs(tx) <= 0.1);
		}
		double rss = runs.stream().filter(r -> r.system().equals("oms")).mapToDouble(RunResult::rssMb).max().orElse(0);
		summary.put("omsMaxRssMb", rss);
		summary.put("targetRss768Mb", rss <= 768);
		return summary;
	}

	void write(Path directory) throws IOException {
		Files.createDirectories(directory);
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("environment", environment);
		json.put("summary", summary());
		json.put("runs", runs);
		ClusterClient.JSON.writerWithDefaultPrettyPrinter()
			.writeValue(directory.resolve("results.json").toFile(), json);
		Files.writeString(directory.resolve("report.html"), html());
	}

	String html() {
		StringBuilder page = new StringBuilder("""
				<!DOCTYPE html><html><head><meta charset="utf-8"><title>Orderflow benchmark</title>
				<style>body{font-family:sans-serif;margin:2em}table{border-collapse:collapse;font-size:12px}
				td,th{border:1px solid #ccc;padding:2px 6px;text-align:right}</style></head><body>
				<h1>Orderflow benchmark</h1>
				""");
		page.append("<p>").append(escape(environment.toString())).append("</p>\n");
		page.append(chart());
		page.append("<h2>Summary</h2><table>");
		summary().forEach((k, v) -> page.append("<tr><th>")
			.append(k)
			.append("</th><td>")
			.append(escape(format(v)))
			.append("</td></tr>"));
		page.append("</table><h2>Runs</h2><table><tr>");
		String[] columns = { "system", "phase", "C", "run", "orders/s", "completed", "POST p50", "p95", "p99",
				"→shipped p50", "→completed p50", "p95", "after event p50", "max", "tx/order", "stmts/order",
				"ins/order", "upd/order", "del/order", "java ms/order", "pg ms/order", "driver %", "polls/order",
				"RSS MB", "errors", "incidents", "opt. locking", "orders in db" };
		for (String column : columns) {
			page.append("<th>").append(column).append("</th>");
		}
		page.append("</tr>\n");
		for (RunResult r : runs) {
			Object[] cells = { r.system(), r.phase(), r.clients(), r.repetition(), r.completedPerSecond(),
					r.completed(), r.postP50(), r.postP95(), r.postP99(), r.shippedP50(), r.completedP50(),
					r.completedP95(), r.afterLastEventP50(), r.afterLastEventMax(), r.transactionsPerOrder(),
					r.statementsPerOrder(), r.insertedPerOrder(), r.updatedPerOrder(), r.deletedPerOrder(),
					r.javaCpuMsPerOrder(), r.postgresCpuMsPerOrder(), r.driverCpuShare() * 100, r.pollsPerOrder(),
					r.rssMb(), r.errors(), r.incidents(), r.optimisticLockingFailures(), r.ordersInDatabase() };
			page.append("<tr>");
			for (Object cell : cells) {
				page.append("<td>").append(escape(format(cell))).append("</td>");
			}
			page.append("</tr>\n");
		}
		return page.append("</table></body></html>\n").toString();
	}

	/** Completed per second (mean of the runs) by clients, one line per system. */
	private String chart() {
		List<Integer> levels = levels();
		if (levels.isEmpty()) {
			return "";
		}
		int width = 640;
		int height = 320;
		int left = 60;
		int bottom = 40;
		double top = 1;
		for (int c : levels) {
			for (String system : List.of("oms", "twin")) {
				top = Math.max(top, mean(system, "load", c, RunResult::completedPerSecond).orElse(0));
			}
		}
		double yMax = top * 1.1;
		StringBuilder svg = new StringBuilder();
		svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\">".formatted(width, height));
		svg.append("<line x1=\"%d\" y1=\"10\" x2=\"%d\" y2=\"%d\" stroke=\"black\"/>".formatted(left, left,
				height - bottom));
		svg.append("<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"black\"/>".formatted(left, height - bottom,
				width - 10, height - bottom));
		svg.append("<text x=\"5\" y=\"20\" font-size=\"12\">completed/s (max %.1f)</text>".formatted(top));
		svg.append(
				"<text x=\"%d\" y=\"%d\" font-size=\"12\">concurrent clients</text>".formatted(width / 2, height - 5));
		Map<String, String> colours = Map.of("oms", "#c0392b", "twin", "#2471a3");
		for (String system : List.of("oms", "twin")) {
			List<String> points = new ArrayList<>();
			for (int i = 0; i < levels.size(); i++) {
				double x = left + 20 + i * (width - left - 50.0) / Math.max(1, levels.size() - 1);
				double value = mean(system, "load", levels.get(i), RunResult::completedPerSecond).orElse(0);
				double y = height - bottom - value / yMax * (height - bottom - 20);
				points.add(String.format(Locale.ROOT, "%.1f,%.1f", x, y));
				svg.append(String.format(Locale.ROOT,
						"<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3\" fill=\"%s\"/><text x=\"%.1f\" y=\"%.1f\" font-size=\"11\">%.1f</text>",
						x, y, colours.get(system), x + 4, y - 4, value));
				if (system.equals("oms")) {
					svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" font-size=\"11\">%d</text>", x,
							height - bottom + 15, levels.get(i)));
				}
			}
			svg.append("<polyline fill=\"none\" stroke=\"%s\" stroke-width=\"2\" points=\"%s\"/>"
				.formatted(colours.get(system), String.join(" ", points)));
		}
		svg.append("<text x=\"%d\" y=\"30\" font-size=\"12\" fill=\"#c0392b\">OMS</text>".formatted(width - 120));
		svg.append("<text x=\"%d\" y=\"45\" font-size=\"12\" fill=\"#2471a3\">twin baseline</text>"
			.formatted(width - 120));
		return svg.append("</svg>\n").toString();
	}

	private static String format(Object value) {
		if (value instanceof Double d) {
			return String.format(Locale.ROOT, d.isNaN() ? "–" : Math.abs(d) < 10 ? "%.2f" : "%.0f", d);
		}
		return String.valueOf(value);
	}

	private static String escape(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
	}

}
