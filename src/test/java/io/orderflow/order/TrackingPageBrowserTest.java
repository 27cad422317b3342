package io.orderflow.order;

import static io.orderflow.NewOrder.line;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
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
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;

/**
 * A customer opens the tracking page in Debian's Chromium, on a desktop (1440x900) and on
 * a phone (390 px wide): status and parcel in words, the carrier's link, the history in
 * the browser's own time zone (New York, Tokyo: the script rewrote the UTC text).
 * Screenshots go to target/screenshots/tracking-page-*.png.
 */
class TrackingPageBrowserTest extends HttpScenarios {

	private static final Path SCREENSHOTS = Path.of("target", "screenshots");

	@LocalServerPort
	int port;

	@Autowired
	PublicLinks links;

	@Test
	void aCustomerReadsTheirParcelOnADesktopAndOnAPhone() {
		String orderNumber = api.placed(NewOrder.of(line(newProduct("24.50", 3, 0), 2)));
		engine.runJobs();
		engine.shipAllOpenTasks(orderNumber);
		engine.runJobs();
		JsonNode shipment = api.order(orderNumber).at("/shipments/0");
		String trackingNumber = shipment.get("trackingNumber").asText();
		assertThat(api.carrierEvent(trackingNumber, "IN_TRANSIT").getStatusCode()).isEqualTo(HttpStatus.OK);
		String link = links.trackingPage(orderNumber);
		String local = "http://localhost:" + port + link.substring(link.indexOf("/orders/"));

		for (Screen screen : List.of(new Screen("desktop", 1440, 900, "America/New_York", "EST"),
				new Screen("phone", 390, 1700, "Asia/Tokyo", "GMT+9"))) {
			try (HeadlessChromium chromium = new HeadlessChromium(screen.width(), screen.height())) {
				// The reader's zone is the browser's, whatever the server's is.
				chromium.driver()
					.executeCdpCommand("Emulation.setTimezoneOverride", Map.of("timezoneId", screen.timeZone()));
				chromium.driver().get(local);
				chromium.screenshot(SCREENSHOTS.resolve("tracking-page-" + screen.name() + ".png"));
				WebElement history = chromium.driver().findElement(By.cssSelector("[data-testid=history]"));
				new WebDriverWait(chromium.driver(), Duration.ofSeconds(10))
					.until(driver -> history.findElement(By.tagName("time")).getText().endsWith(screen.zoneName()));
				assertThat(history.findElements(By.tagName("time")))
					.allSatisfy(time -> assertThat(time.getText()).endsWith(screen.zoneName()).doesNotContain("UTC"));

				assertThat(chromium.driver().getTitle()).isEqualTo("Order " + orderNumber + " – Orderflow Demo Store");
				assertThat(chromium.driver().findElement(By.tagName("h1")).getText())
					.isEqualTo("Your order " + orderNumber);
				assertThat(chromium.driver().findElement(By.cssSelector("[data-testid=status]")).getText())
					.isEqualTo("On its way");
				WebElement parcel = chromium.driver().findElement(By.cssSelector("li.parcel"));
				assertThat(parcel.getText()).contains("Parcel 1: In transit", "DHL", trackingNumber);
				assertThat(parcel.findElement(By.tagName("a")).getAttribute("href")).endsWith(trackingNumber);
				assertThat(parcel.findElement(By.tagName("a")).isDisplayed()).isTrue();
				assertThat(history.getText()).contains("Order received", "Parcel in transit");
				assertThat(chromium.driver().findElement(By.tagName("main")).isDisplayed()).isTrue();
				// Nothing wider than the screen: the phone never scrolls sideways.
				Long scrollWidth = (Long) chromium.driver()
					.executeScript("return document.documentElement.scrollWidth;");
				assertThat(scrollWidth).isLessThanOrEqualTo(screen.width());
			}
		}
	}

	@Test
	void anExpiredOrWrongLinkShowsTheFormThatAsksForOrderNumberAndEmail() {
		String orderNumber = api.placed(NewOrder.of(line(newProduct("9.90", 2, 0), 1)));
		engine.runJobs();
		try (HeadlessChromium chromium = new HeadlessChromium(390, 900)) {
			chromium.driver().get("http://localhost:" + port + "/orders/" + orderNumber + "?t=1.forged");

			assertThat(chromium.driver().findElement(By.cssSelector("[role=status]")).getText())
				.startsWith("This link does not open an order");
			assertThat(chromium.driver().findElement(By.id("orderNumber")).getAttribute("value"))
				.isEqualTo(orderNumber);
			chromium.screenshot(SCREENSHOTS.resolve("tracking-page-lookup-phone.png"));
		}
	}

	record Screen(String name, int width, int height, String timeZone, String zoneName) {
	}

}
