package io.orderflow.workflow;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One staff member in Tasklist, in a {@link HeadlessChromium}.
 */
final class StaffBrowser implements AutoCloseable {

	static final Path SCREENSHOTS = Path.of("target", "screenshots");

	private final String baseUrl;

	private final String user;

	private final HeadlessChromium browser;

	private final ChromeDriver driver;

	private final WebDriverWait wait;

	StaffBrowser(String baseUrl, String user) {
		this.baseUrl = baseUrl;
		this.user = user;
		this.browser = new HeadlessChromium(1440, 900);
		this.driver = browser.driver;
		this.wait = new WebDriverWait(driver, Duration.ofSeconds(20));
	}

	/** Opens Tasklist and signs in with the demo password (the user name). */
	StaffBrowser logIntoTasklist() {
		driver.get(baseUrl + "/camunda/app/tasklist/default/");
		visible(By.cssSelector("input[ng-model='username']")).sendKeys(user);
		driver.findElement(By.cssSelector("input[ng-model='password']")).sendKeys(user);
		driver.findElement(By.cssSelector("form button[type='submit']")).click();
		visible(By.cssSelector("[cam-tasklist-filters] .task-filter"));
		return this;
	}

	/** The names of the filters the user may use, in Tasklist's order. */
	List<String> filterNames() {
		return driver.findElements(By.cssSelector("[cam-tasklist-filters] .task-filter .name a"))
			.stream()
			.map(filter -> filter.getText().replaceAll("\\s+\\d+$", "").trim())
			.toList();
	}

	StaffBrowser openFilter(String name) {
		wait.until(d -> d.findElements(By.cssSelector("[cam-tasklist-filters] .task-filter"))
			.stream()
			.filter(filter -> filter.findElement(By.cssSelector(".name a")).getText().trim().startsWith(name))
			.findFirst()
			.map(filter -> {
				filter.findElement(By.cssSelector(".name a")).click();
				return true;
			})
			.orElse(false));
		return this;
	}

	/** The text of every task card in the list, waiting until the list has loaded. */
	List<String> cards() {
		visible(By.cssSelector("[cam-tasks] .tasks-list, [cam-tasks] .no-task"));
		return driver.findElements(By.cssSelector("[cam-tasks] .tasks-list li.task"))
			.stream()
			.map(WebElement::getText)
			.toList();
	}

	/** Waits until a card in the list shows the text (an order number). */
	StaffBrowser waitForCard(String text) {
		wait.until(d -> d.findElements(By.cssSelector("[cam-tasks] .tasks-list li.task"))
			.stream()
			.anyMatch(card -> card.getText().contains(text)));
		return this;
	}

	/** Loads Tasklist anew, as staff do to see new tasks. */
	StaffBrowser reload() {
		driver.navigate().refresh();
		visible(By.cssSelector("[cam-tasklist-filters] .task-filter"));
		return this;
	}

	/**
	 * Waits for the card of the task that shows the text (an order number) and opens it.
	 */
	StaffBrowser openCard(String taskName, String text) {
		WebElement card = wait.until(d -> d.findElements(By.cssSelector("[cam-tasks] .tasks-list li.task"))
			.stream()
			.filter(c -> c.getText().contains(text) && c.getText().contains(taskName))
			.findFirst()
			.orElse(null));
		card.findElement(By.cssSelector("h4.task a")).click();
		visible(By.cssSelector(".task-card h2.task"));
		return this;
	}

	StaffBrowser claim() {
		visible(By.cssSelector("[cam-tasklist-task-meta] .claim")).click();
		visible(By.cssSelector("[cam-tasklist-task-meta] .unclaim"));
		return this;
	}

	/** A form field by its id in the form file (forms/*.form), e.g. Field_handedOver. */
	WebElement field(String formFieldId) {
		return inView(visible(By.cssSelector("[id$='" + formFieldId + "']")));
	}

	String fieldValue(String formFieldId) {
		return field(formFieldId).getDomProperty("value");
	}

	StaffBrowser tick(String formFieldId) {
		WebElement box = field(formFieldId);
		if (!box.isSelected()) {
			box.click();
		}
		return this;
	}

	StaffBrowser type(String formFieldId, String value) {
		WebElement input = field(formFieldId);
		input.clear();
		input.sendKeys(value);
		return this;
	}

	/**
	 * Completes the open task through its form and waits until Tasklist has closed it.
	 */
	StaffBrowser complete() {
		WebElement button = wait
			.until(ExpectedConditions.elementToBeClickable(By.cssSelector("button[ng-click='complete()']")));
		inView(button).click();
		wait.until(d -> d.findElements(By.cssSelector("button[ng-click='complete()']")).isEmpty());
		return this;
	}

	/** Whether anything matching the selector is displayed on the page. */
	boolean shows(String cssSelector) {
		return driver.findElements(By.cssSelector(cssSelector)).stream().anyMatch(WebElement::isDisplayed);
	}

	String pageText() {
		return driver.findElement(By.tagName("body")).getText();
	}

	/** Saves what the browser shows as target/screenshots/name.png. */
	Path screenshot(String name) {
		return browser.screenshot(SCREENSHOTS.resolve(name + ".png"));
	}

	String user() {
		return user;
	}

	/** Scrolled to the middle of the window: the fixed footer covers the bottom. */
	private WebElement inView(WebElement element) {
		driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
		return element;
	}

	private WebElement visible(By locator) {
		return wait.until(ExpectedConditions.visibilityOfElementLocated(locator));
	}

	@Override
	public void close() {
		browser.close();
	}

}
