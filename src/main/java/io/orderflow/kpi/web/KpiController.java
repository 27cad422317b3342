package io.orderflow.kpi.web;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import java.util.Set;

import io.orderflow.kpi.Granularity;
import io.orderflow.kpi.KpiReport;
import io.orderflow.kpi.Kpis;
import io.orderflow.order.SalesChannel;
import io.orderflow.web.InvalidRequestException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The managers' figures for a period, the period before and a time series. */
@RestController
@RequestMapping("/api/kpis")
class KpiController {

	private static final Set<String> PARAMETERS = Set.of("from", "to", "channel", "warehouse", "granularity", "zone");

	private final Kpis kpis;

	KpiController(Kpis kpis) {
		this.kpis = kpis;
	}

	@GetMapping
	@Operation(operationId = "getKpis", summary = "The KPIs of a period, of the period before it, and a time series",
			description = "Each figure's formula, source and an example are in docs/kpis.md. Days are counted in "
					+ "`zone` (default UTC); a figure with nothing to count is null, never 0.")
	KpiReport kpis(
			@Parameter(description = "First day, included") @RequestParam @DateTimeFormat(
					iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@Parameter(description = "Last day, included; at most 366 days after from") @RequestParam @DateTimeFormat(
					iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam Optional<SalesChannel> channel,
			@Parameter(
					description = "Only orders shipped from this warehouse") @RequestParam Optional<String> warehouse,
			@RequestParam(defaultValue = "DAY") Granularity granularity,
			@Parameter(description = "IANA time zone the days are counted in, e.g. Europe/Berlin") @RequestParam(
					defaultValue = "UTC") String zone,
			@Parameter(hidden = true) @RequestParam MultiValueMap<String, String> all) {
		all.keySet().stream().filter(name -> !PARAMETERS.contains(name)).findFirst().ifPresent(name -> {
			throw new InvalidRequestException(name, "is not a known parameter");
		});
		if (to.isBefore(from)) {
			throw new InvalidRequestException("to", "must not be before from");
		}
		if (to.toEpochDay() - from.toEpochDay() + 1 > Kpis.MAX_DAYS) {
			throw new InvalidRequestException("to", "must be at most " + Kpis.MAX_DAYS + " days after from");
		}
		return kpis.report(from, to, zoneOf(zone), channel, warehouse.filter(code -> !code.isBlank()), granularity);
	}

	private static ZoneId zoneOf(String zone) {
		try {
			return ZoneId.of(zone);
		}
		catch (DateTimeException e) {
			throw new InvalidRequestException("zone", "is not a time zone");
		}
	}

}
