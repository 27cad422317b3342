package io.orderflow.kpi;

import static io.orderflow.NewOrder.line;
import static io.orderflow.OrderflowApi.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;

import com.fasterxml.jackson.databind.JsonNode;
import io.orderflow.HttpScenarios;
import io.orderflow.NewOrder;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * {@code GET /api/kpis} over HTTP: a manager reads the figures of real orders, the
 * previous period and a time series; bad or unknown parameters are 400 problems naming
 * the parameter; staff and order systems are refused.
 */
abstract class KpiApiScenarios extends HttpScenarios {

	static final Duration PATIENCE = Duration.ofSeconds(20);

	@Test
	void aManagerReadsTheFiguresOfADeliveredOrderWithThePreviousWeekAndADailySeries() {
		String orderNumber = delivered(NewOrder.of(line(newProduct("15.00", 2, 0), 1)));
		LocalDate today = LocalDate.now(ZoneOffset.UTC);
		String query = "/api/kpis?from=" + today.minusDays(6) + "&to=" + today + "&granularity=DAY&warehouse=BER";

		JsonNode report = await().atMost(PATIENCE)
			.until(() -> kpis("maria", query),
					found -> found != null && found.at("/current/ordersDelivered").asLong() > 0
							&& !found.at("/current/leadTime/medianHours").isNull());

		assertThat(orderNumber).isNotBlank();
		assertThat(report.at("/previousFrom").asText()).isEqualTo(today.minusDays(13).toString());
		assertThat(report.at("/previousTo").asText()).isEqualTo(today.minusDays(7).toString());
		assertThat(report.get("series")).hasSize(7);
		assertThat(report.at("/series/6/from").asText()).isEqualTo(today.toString());
		assertThat(report.at("/series/6/figures/ordersDelivered").asLong()).isPositive();
		assertThat(report.at("/current/fulfilmentTimeByWarehouse/BER/orders").asLong()).isPositive();
		assertThat(report.at("/current/onTimeInFull").isNumber()).isTrue();
		assertThat(report.at("/current/customerSatisfaction").isNull()).isTrue();
	}

	@Test
	void aPeriodWithoutOrdersHasNullFiguresNotZero() {
		JsonNode report = kpis("maria", "/api/kpis?from=2001-01-01&to=2001-01-31&granularity=WEEK");

		assertThat(report.at("/current/ordersPlaced").asLong()).isZero();
		assertThat(report.at("/current/perfectOrderRate").isNull()).isTrue();
		assertThat(report.at("/current/cancellationRate").isNull()).isTrue();
		assertThat(report.at("/current/leadTime/medianHours").isNull()).isTrue();
		// 1 January 2001 is a Monday: five weeks, the last cut at the 31st
		assertThat(report.get("series")).hasSize(5);
		assertThat(report.at("/series/4/to").asText()).isEqualTo("2001-01-31");
	}

	@Test
	void badOrUnknownParametersAreRefusedNamingTheParameter() {
		assertRefused("/api/kpis?from=2026-02-01&to=2026-01-01", "to");
		assertRefused("/api/kpis?from=2024-01-01&to=2026-01-01", "to");
		assertRefused("/api/kpis?from=2026-01-01&to=2026-01-31&granularity=HOUR", "granularity");
		assertRefused("/api/kpis?from=2026-01-01&to=2026-01-31&channel=FAX", "channel");
		assertRefused("/api/kpis?from=2026-01-01&to=2026-01-31&zone=Mars/Olympus", "zone");
		assertRefused("/api/kpis?from=2026-01-01&to=2026-01-31&period=month", "period");
		assertRefused("/api/kpis?from=yesterday&to=2026-01-31", "from");
	}

	@Test
	void onlyManagersReportScopesAndAdministratorsMayReadTheFigures() {
		String query = "/api/kpis?from=2026-01-01&to=2026-01-31";

		assertThat(api.as("wendy").rest().getForEntity(query, String.class).getStatusCode())
			.isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(api.as("shop").rest().getForEntity(query, String.class).getStatusCode())
			.isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(api.anonymous().getForEntity(query, String.class).getStatusCode())
			.isEqualTo(HttpStatus.UNAUTHORIZED);
		assertThat(api.as("demo").rest().getForEntity(query, String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(api.as("maria").rest().getForEntity(query, String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
	}

	@Test
	void prometheusScrapesTheHeadlineFiguresAndOnlyAdministratorsMay() {
		ResponseEntity<String> scrape = api.as("demo").rest().getForEntity("/actuator/prometheus", String.class);

		assertThat(scrape.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(scrape.getBody()).contains("# HELP orderflow_kpi_perfect_order_rate Perfect order rate",
				"\norderflow_kpi_perfect_order_rate ", "\norderflow_kpi_on_time_in_full ",
				"\norderflow_kpi_order_fill_rate ", "\norderflow_kpi_cost_per_order ",
				"\norderflow_kpi_lead_time_median_seconds ", "\norderflow_kpi_orders_placed ");
		assertThat(api.as("maria").rest().getForEntity("/actuator/prometheus", String.class).getStatusCode())
			.isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(api.anonymous().getForEntity("/actuator/prometheus", String.class).getStatusCode())
			.isEqualTo(HttpStatus.UNAUTHORIZED);
	}

	private JsonNode kpis(String user, String query) {
		ResponseEntity<String> answer = api.as(user).rest().getForEntity(query, String.class);
		assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(HttpStatus.OK);
		return json(answer);
	}

	private void assertRefused(String query, String parameter) {
		ResponseEntity<String> answer = api.as("maria").rest().getForEntity(query, String.class);
		assertThat(answer.getStatusCode()).as(query + ": " + answer.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(answer.getHeaders().getContentType()).hasToString("application/problem+json");
		assertThat(json(answer).get("errors").findValuesAsText("field")).as(query).containsExactly(parameter);
	}

}
