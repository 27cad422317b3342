package io.orderflow.kpi.web;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.orderflow.kpi.CurrentWork;
import io.orderflow.kpi.KpiFigures;
import io.orderflow.kpi.KpiReport;
import io.orderflow.kpi.Kpis;
import io.orderflow.kpi.web.Tile.Kind;
import io.orderflow.order.SalesChannel;
import io.orderflow.web.HtmlPages;
import io.swagger.v3.oas.annotations.Hidden;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The managers' dashboard, {@code /dashboard}: the figures of {@link Kpis} (the same
 * report {@code /api/kpis} serves) as tiles and charts, where the orders are now and what
 * waits for staff. Managers and administrators log in with HTTP Basic, as on the API.
 */
@Controller
@Hidden
class DashboardController {

	private final Kpis kpis;

	private final CurrentWork work;

	private final ObjectMapper json;

	private final Clock clock;

	private final HtmlPages pages = new HtmlPages("templates/dashboard");

	DashboardController(Kpis kpis, CurrentWork work, ObjectMapper json, Clock clock) {
		this.kpis = kpis;
		this.work = work;
		this.json = json;
		this.clock = clock;
	}

	@GetMapping(path = "/dashboard", produces = MediaType.TEXT_HTML_VALUE)
	ResponseEntity<String> dashboard(@RequestParam MultiValueMap<String, String> parameters) {
		Map<String, Object> model = new HashMap<>();
		model.put("channels", SalesChannel.values());
		model.put("presets", List.of(7, 30, 90));
		DashboardQuery query;
		try {
			query = DashboardQuery.of(parameters, clock);
		}
		catch (DashboardQuery.Invalid invalid) {
			model.put("problem", invalid.field() + " " + invalid.getMessage());
			model.put("query", DashboardQuery.of(new LinkedMultiValueMap<>(), clock));
			model.put("zone", "UTC");
			return html(HttpStatus.BAD_REQUEST, "dashboard", model);
		}
		model.put("query", query);
		model.put("zone", query.zone().getId());
		List<CurrentWork.StatusCount> funnel = work.funnel();
		if (funnel.stream().mapToLong(CurrentWork.StatusCount::orders).sum() == 0) {
			return html(HttpStatus.OK, "empty", model);
		}
		KpiReport report = kpis.report(query.from(), query.to(), query.zone(), query.channel(), query.warehouse(),
				query.granularity());
		model.put("report", report);
		model.put("tiles", tiles(report.current(), report.previous()));
		model.put("series", report.series().stream().map(Trend::of).toList());
		model.put("funnel",
				funnel.stream()
					.map(count -> new Row(DashboardFormats.status(count.status()), count.orders(), null))
					.toList());
		model.put("queues",
				work.queues()
					.stream()
					.map(queue -> new Row(DashboardFormats.queue(queue.group()), queue.tasks(),
							DashboardFormats.age(queue.oldestAge())))
					.toList());
		model.put("reasons", reasons(report.current()));
		model.put("asOf", Instant.now(clock).toString());
		model.put("chartData", chartData(model));
		return html(HttpStatus.OK, "dashboard", model);
	}

	static List<Tile> tiles(KpiFigures now, KpiFigures before) {
		return List.of(
				Tile.of("perfectOrderRate", "Perfect order rate", Kind.RATE, true, now, before,
						KpiFigures::perfectOrderRate),
				Tile.of("orderFillRate", "Fill rate (orders)", Kind.RATE, true, now, before, KpiFigures::orderFillRate),
				Tile.of("fulfilmentTime", "Fulfilment time, median", Kind.HOURS, false, now, before,
						figures -> figures.fulfilmentTime().medianHours()),
				Tile.of("leadTime", "Lead time, median", Kind.HOURS, false, now, before,
						figures -> figures.leadTime().medianHours()),
				Tile.of("returnRate", "Return rate", Kind.RATE, false, now, before, KpiFigures::returnRate),
				Tile.of("cancellationRate", "Cancellation rate", Kind.RATE, false, now, before,
						KpiFigures::cancellationRate),
				Tile.of("costPerOrder", "Cost per order", Kind.MONEY, false, now, before, KpiFigures::costPerOrder),
				Tile.of("backorderRate", "Backorder rate", Kind.RATE, false, now, before, KpiFigures::backorderRate),
				Tile.of("fraudReviewRate", "Fraud review rate", Kind.RATE, false, now, before,
						KpiFigures::fraudReviewRate),
				Tile.of("customerSatisfaction", "Customer satisfaction", Kind.SCORE, true, now, before,
						KpiFigures::customerSatisfaction));
	}

	private static List<Row> reasons(KpiFigures figures) {
		List<Row> rows = new ArrayList<>();
		figures.returnRateByReason()
			.forEach((reason, rate) -> rows.add(new Row(reason.label(), null, DashboardFormats.percent(rate))));
		return rows;
	}

	/** What the charts draw, as JSON for the page's script; the tables show the same. */
	@SuppressWarnings("unchecked")
	private String chartData(Map<String, Object> model) {
		Map<String, Object> data = new LinkedHashMap<>();
		List<Trend> series = (List<Trend>) model.get("series");
		data.put("days", series.stream().map(Trend::label).toList());
		data.put("placed", series.stream().map(Trend::placed).toList());
		data.put("delivered", series.stream().map(Trend::delivered).toList());
		data.put("perfect", series.stream().map(Trend::perfectPoints).toList());
		data.put("fill", series.stream().map(Trend::fillPoints).toList());
		data.put("fulfilment", series.stream().map(Trend::fulfilmentHours).toList());
		data.put("lead", series.stream().map(Trend::leadHours).toList());
		List<Row> funnel = (List<Row>) model.get("funnel");
		data.put("statuses", funnel.stream().map(Row::label).toList());
		data.put("statusCounts", funnel.stream().map(Row::count).toList());
		try {
			// Inside a script element: no "</script>" can end it early.
			return json.writeValueAsString(data).replace("<", "\\u003c");
		}
		catch (JsonProcessingException e) {
			throw new IllegalStateException(e);
		}
	}

	private ResponseEntity<String> html(HttpStatus status, String page, Map<String, Object> model) {
		return ResponseEntity.status(status)
			.contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
			.cacheControl(CacheControl.noStore())
			.body(pages.render(page, model));
	}

	/** A line of a table: a label, a count and/or a figure in words. */
	record Row(String label, Long count, String text) {
	}

	/**
	 * One bucket of the series as the charts (numbers) and their tables (words) show it.
	 */
	record Trend(String label, long placed, long delivered, BigDecimal perfectPoints, BigDecimal fillPoints,
			BigDecimal fulfilmentHours, BigDecimal leadHours, String perfectText, String fillText,
			String fulfilmentText, String leadText) {

		private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

		static Trend of(KpiReport.Bucket bucket) {
			KpiFigures figures = bucket.figures();
			String label = bucket.from().equals(bucket.to()) ? DAY.format(bucket.from())
					: DAY.format(bucket.from()) + " – " + DAY.format(bucket.to());
			BigDecimal perfect = figures.perfectOrderRate();
			BigDecimal fill = figures.orderFillRate();
			return new Trend(label, figures.ordersPlaced(), figures.ordersDelivered(),
					perfect == null ? null : DashboardFormats.points(perfect),
					fill == null ? null : DashboardFormats.points(fill), figures.fulfilmentTime().medianHours(),
					figures.leadTime().medianHours(), DashboardFormats.percent(perfect), DashboardFormats.percent(fill),
					DashboardFormats.hours(figures.fulfilmentTime().medianHours()),
					DashboardFormats.hours(figures.leadTime().medianHours()));
		}

	}

}
