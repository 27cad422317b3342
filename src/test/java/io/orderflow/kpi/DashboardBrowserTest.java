package io.orderflow.kpi;

import static io.orderflow.NewOrder.line;
import static io.orderflow.OrderflowApi.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import io.orderflow.HttpScenarios;
import io.orderflow.NewOrder;
import io.orderflow.workflow.HeadlessChromium;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Maria, a manager, opens the dashboard in Debian's Chromium on a desktop (1440x900) and
 * on a phone (390 px wide) in Berlin: the page counts days in her zone, every tile shows
 * the figure {@code /api/kpis} reports for the same period, the charts are drawn and
 * nothing is wider than the screen. Screenshots go to target/screenshots/dashboard-*.png.
 */
class DashboardBrowserTest extends HttpScenarios {

	private static final Path SCREENSHOTS = Path.of("target", "screenshots");

	/** Each tile and where {@code /api/kpis} reports its figure. */
	private static final Map<String, String> TILES = Map.of("perfectOrderRate", "/current/perfectOrderRate",
			"orderFillRate", "/current/orderFillRate", "fulfilmentTime", "/current/fulfilmentTime/medianHours",
			"leadTime", "/current/leadTime/medianHours", "returnRate", "/current/returnRate", "cancellationRate",
			"/current/cancellationRate", "costPerOrder", "/current/costPerOrder", "backorderRate",
			"/current/backorderRate", "fraudReviewRate", "/current/fraudReviewRate", "customerSatisfaction",
			"/current/customerSatisfaction");

	private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

	@LocalServerPort
	int port;

	@Test
	void aManagerSeesTheApisFiguresOnADesktopAndOnAPhone() {
		String week = "/api/kpis?zone=Europe/Berlin&from=" + LocalDate.now(BERLIN).minusDays(6) + "&to="
				+ LocalDate.now(BERLIN);
		long deliveredBefore = delivered(week);
		String sku = newProduct("24.50", 6, 0);
		delivered(NewOrder.of(line(sku, 2)));
		delivered(NewOrder.of(line(sku, 1)));
		// The facts are recorded after the events: open the page once both count.
		await().atMost(Duration.ofSeconds(20)).until(() -> delivered(week) >= deliveredBefore + 2);
		String login = "Basic " + Base64.getEncoder().encodeToString("maria:maria".getBytes(StandardCharsets.UTF_8));

		for (Screen screen : List.of(new Screen("desktop", 1440, 900), new Screen("phone", 390, 2600))) {
			try (HeadlessChromium chromium = new HeadlessChromium(screen.width(), screen.height())) {
				chromium.driver().executeCdpCommand("Network.enable", Map.of());
				chromium.driver()
					.executeCdpCommand("Network.setExtraHTTPHeaders",
							Map.of("headers", Map.of("Authorization", login)));
				chromium.driver()
					.executeCdpCommand("Emulation.setTimezoneOverride", Map.of("timezoneId", "Europe/Berlin"));
				chromium.driver().get("http://localhost:" + port + "/dashboard?days=7");
				WebDriverWait wait = new WebDriverWait(chromium.driver(), Duration.ofSeconds(15));
				// The page reloads itself with the reader's zone, then draws its charts.
				wait.until(driver -> driver.getCurrentUrl().contains("zone=Europe%2FBerlin"));
				wait.until(driver -> driver.findElements(By.cssSelector("[data-chart=orders] svg")).size() == 1
						&& driver.findElements(By.cssSelector("[data-chart=funnel] svg")).size() == 1);
				chromium.screenshot(SCREENSHOTS.resolve("dashboard-" + screen.name() + ".png"));
				chromium.driver()
					.executeScript("document.getElementById('trends').scrollIntoView();"
							+ "document.querySelectorAll('details').forEach(d => d.open = true);");
				chromium.screenshot(SCREENSHOTS.resolve("dashboard-" + screen.name() + "-trends.png"));

				WebElement period = chromium.driver().findElement(By.cssSelector("[data-testid=period]"));
				assertThat(period.getAttribute("data-zone")).isEqualTo("Europe/Berlin");
				WebElement asOf = chromium.driver().findElement(By.cssSelector("time[data-local]"));
				assertThat(asOf.getText()).as("the 'as of' time in the reader's words and zone")
					.isNotEqualTo(asOf.getAttribute("datetime"))
					.containsAnyOf("GMT+1", "GMT+2", "CET", "CEST");
				JsonNode report = json(api.as("maria")
					.rest()
					.getForEntity("/api/kpis?zone=Europe/Berlin&from=" + period.getAttribute("data-from") + "&to="
							+ period.getAttribute("data-to"), String.class));
				assertThat(report.at("/current/ordersDelivered").asLong()).isGreaterThanOrEqualTo(2);
				TILES.forEach((key, figure) -> {
					WebElement tile = chromium.driver().findElement(By.cssSelector("[data-testid=tile-" + key + "]"));
					JsonNode expected = report.at(figure);
					if (expected.isNull()) {
						assertThat(tile.getAttribute("data-value")).as(key).isNull();
						assertThat(tile.getText()).as(key).contains("no data yet");
					}
					else {
						assertThat(new BigDecimal(tile.getAttribute("data-value"))).as(key)
							.isEqualByComparingTo(expected.decimalValue());
					}
				});
				assertThat(chromium.driver()
					.findElement(By.cssSelector("[data-testid=tile-orderFillRate] .value"))
					.getText()).endsWith(" %");
				assertThat(
						chromium.driver().findElement(By.cssSelector("[data-testid=tile-leadTime] .value")).getText())
					.matches("[0-9.]+ (hours|days)");
				assertThat(chromium.driver()
					.findElement(By.cssSelector("[data-testid=tile-costPerOrder] .value"))
					.getText()).startsWith("€");
				assertThat(chromium.driver().findElement(By.tagName("h1")).getText()).isEqualTo("Dashboard");
				Long scrollWidth = (Long) chromium.driver()
					.executeScript("return document.documentElement.scrollWidth;");
				assertThat(scrollWidth).isLessThanOrEqualTo(screen.width());
			}
		}
	}

	private long delivered(String query) {
		return json(api.as("maria").rest().getForEntity(query, String.class)).at("/current/ordersDelivered").asLong();
	}

	record Screen(String name, int width, int height) {
	}

}
