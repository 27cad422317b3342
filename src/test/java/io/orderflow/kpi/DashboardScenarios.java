package io.orderflow.kpi;

import static io.orderflow.NewOrder.line;
import static io.orderflow.OrderflowApi.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import io.orderflow.HttpScenarios;
import io.orderflow.NewOrder;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * {@code /dashboard} over HTTP: a manager sees the same figures {@code /api/kpis} reports
 * for the period, in words and with units; where the orders are and what waits for staff;
 * staff outside management are refused, anonymous readers asked to log in, and a form the
 * page cannot have sent is answered with a 400 page naming the field.
 */
abstract class DashboardScenarios extends HttpScenarios {

	static final Duration PATIENCE = Duration.ofSeconds(20);

	@Test
	void aManagerSeesTheTilesOfTheReportTheApiServesForTheSamePeriod() {
		delivered(NewOrder.of(line(newProduct("15.00", 2, 0), 1)));
		LocalDate today = LocalDate.now(ZoneId.of("Europe/Berlin"));
		String api = "/api/kpis?zone=Europe/Berlin&from=" + today.minusDays(6) + "&to=" + today;
		JsonNode report = await().atMost(PATIENCE)
			.until(() -> json(this.api.as("maria").rest().getForEntity(api, String.class)),
					found -> !found.at("/current/leadTime/medianHours").isNull());

		ResponseEntity<String> page = this.api.as("maria")
			.rest()
			.getForEntity("/dashboard?days=7&zone=Europe/Berlin", String.class);

		assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(page.getHeaders().getContentType()).hasToString("text/html;charset=UTF-8");
		String html = page.getBody();
		assertThat(html).contains("<main>", "Headline figures", "Perfect order rate", "Cost per order",
				"Where the orders are now", "Open work", "Return reasons", "Fulfilment time, median",
				"/webjars/echarts/5.3.1/dist/echarts.min.js");
		assertThat(tileValue(html, "leadTime"))
			.isEqualByComparingTo(report.at("/current/leadTime/medianHours").decimalValue());
		assertThat(tileValue(html, "orderFillRate"))
			.isEqualByComparingTo(report.at("/current/orderFillRate").decimalValue());
		assertThat(tileValue(html, "costPerOrder"))
			.isEqualByComparingTo(report.at("/current/costPerOrder").decimalValue());
		// Satisfaction has no ratings to count yet: no value, said in words.
		assertThat(tileValue(html, "customerSatisfaction")).isNull();
		assertThat(tile(html, "customerSatisfaction")).contains("no data yet");
		assertThat(tile(html, "orderFillRate")).contains(" %");
		assertThat(html).contains("Delivered", "Warehouse", "Fraud review", "Customer service");
	}

	@Test
	void onlyManagersAndAdministratorsMayOpenTheDashboardAndAnonymousReadersAreAskedToLogIn() {
		assertThat(api.as("wendy").rest().getForEntity("/dashboard", String.class).getStatusCode())
			.isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(api.as("shop").rest().getForEntity("/dashboard", String.class).getStatusCode())
			.isEqualTo(HttpStatus.FORBIDDEN);
		ResponseEntity<String> anonymous = api.anonymous().getForEntity("/dashboard", String.class);
		assertThat(anonymous.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
		assertThat(anonymous.getHeaders().get(HttpHeaders.WWW_AUTHENTICATE)).anyMatch(c -> c.startsWith("Basic"));
		assertThat(api.as("demo").rest().getForEntity("/dashboard", String.class).getStatusCode())
			.isEqualTo(HttpStatus.OK);
		assertThat(api.as("maria").rest().getForEntity("/dashboard", String.class).getStatusCode())
			.isEqualTo(HttpStatus.OK);
	}

	@Test
	void aFormThePageCannotHaveSentIsAnsweredWithTheFieldToCheck() {
		assertRefused("/dashboard?days=14", "days must be 7, 30 or 90");
		assertRefused("/dashboard?from=2026-02-01&to=2026-01-01", "to must not be before from");
		assertRefused("/dashboard?from=2026-02-01", "to is needed with the other date");
		assertRefused("/dashboard?channel=FAX", "channel is not a sales channel");
		assertRefused("/dashboard?zone=Mars/Olympus", "zone is not a time zone");
		assertRefused("/dashboard?period=month", "period is not a known parameter");
	}

	@Test
	void theChartLibraryIsServedFromItsJarToAnyone() {
		ResponseEntity<String> script = api.anonymous()
			.getForEntity("/webjars/echarts/5.3.1/dist/echarts.min.js", String.class);

		assertThat(script.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(api.anonymous().getForEntity("/kpi/dashboard.js", String.class).getStatusCode())
			.isEqualTo(HttpStatus.OK);
	}

	private void assertRefused(String query, String words) {
		ResponseEntity<String> page = api.as("maria").rest().getForEntity(query, String.class);
		assertThat(page.getStatusCode()).as(query).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(page.getBody()).as(query).contains("Please check the form: " + words + ".");
	}

	/** The tile's list item, up to its end. */
	static String tile(String html, String key) {
		int start = html.indexOf("data-testid=\"tile-" + key + "\"");
		assertThat(start).as("tile " + key).isNotNegative();
		return html.substring(start, html.indexOf("</li>", start));
	}

	static BigDecimal tileValue(String html, String key) {
		Matcher value = Pattern.compile("data-testid=\"tile-" + key + "\"[^>]*data-value=\"([^\"]+)\"").matcher(html);
		if (!value.find()) {
			return null;
		}
		return new BigDecimal(value.group(1));
	}

}
