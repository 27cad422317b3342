package io.orderflow.workflow;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One staff member in Tasklist, in Debian's headless Chromium driven by Debian's
 * chromedriver. Nothing is downloaded: the driver and browser paths are given, so
 * Selenium Manager never runs. Each browser has a fresh profile, deleted on close.
 */
final class StaffBrowser implements AutoCloseable {

	static final Path SCREENSHOTS = Path.of("target", "screenshots");

	private static final String CHROMIUM = "/usr/bin/chromium";

	private static final String CHROMEDRIVER = "/usr/bin/chromedriver";

	private final String baseUrl;

	private final String user;

	private final Path profile;

	private final ChromeDriver driver;

	private final WebDriverWait wait;

	StaffBrowser(String baseUrl, String user) {
		this.baseUrl = baseUrl;
		this.user = user;
		System.setProperty("webdriver.chrome.driver", CHROMEDRIVER);
		try {
			this.profile = Files.createTempDirectory("orderflow-chromium-");
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM)
			.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
					"--disable-background-networking", "--disable-component-update", "--disable-sync",
					"--disable-dev-shm-usage", "--user-data-dir=" + profile, "--window-size=1440,900");
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER))
			.usingAnyFreePort()
			.build();
		this.driver = new ChromeDriver(service, options);
		driver.manage().window().setSize(new Dimension(1440, 900));
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
		dismissNotifications();
		WebElement button = wait
			.until(ExpectedConditions.elementToBeClickable(By.cssSelector("button[ng-click='complete()']")));
		inView(button).click();
		wait.until(d -> d.findElements(By.cssSelector("button[ng-click='complete()']")).isEmpty());
		return this;
	}

	/** Picks the n-th choice (from 0) of a radio group, e.g. Field_reviewDecision. */
	StaffBrowser choose(String formFieldId, int choice) {
		WebElement radio = inView(wait.until(ExpectedConditions
			.presenceOfElementLocated(By.cssSelector("[id$='" + formFieldId + "-" + choice + "']"))));
		radio.click();
		return this;
	}

	/**
	 * Tries to complete the open task as staff would: clicks Complete if Tasklist lets
	 * them, and waits a moment for what the form says then.
	 */
	StaffBrowser tryToComplete() {
		dismissNotifications();
		WebElement button = wait
			.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("button[ng-click='complete()']")));
		if (button.isEnabled()) {
			inView(button).click();
		}
		wait.until(d -> !formErrors().isEmpty());
		return this;
	}

	/** Closes Tasklist's notifications, which cover the form's buttons. */
	StaffBrowser dismissNotifications() {
		driver.findElements(By.cssSelector("[notifications-panel] .alert button.close"))
			.stream()
			.filter(WebElement::isDisplayed)
			.forEach(WebElement::click);
		return this;
	}

	/** Whether Tasklist lets the task be completed now. */
	boolean canComplete() {
		return driver.findElements(By.cssSelector("button[ng-click='complete()']"))
			.stream()
			.anyMatch(WebElement::isEnabled);
	}

	/** The messages the form shows next to its fields, e.g. "Field is required.". */
	List<String> formErrors() {
		return driver.findElements(By.cssSelector(".fjs-form-field-error"))
			.stream()
			.filter(WebElement::isDisplayed)
			.map(WebElement::getText)
			.filter(text -> !text.isBlank())
			.toList();
	}

	/** Whether the form shows the field (conditional fields are removed when hidden). */
	boolean showsField(String formFieldId) {
		return driver.findElements(By.cssSelector("[id$='" + formFieldId + "']"))
			.stream()
			.anyMatch(WebElement::isDisplayed);
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
		try {
			Files.createDirectories(SCREENSHOTS);
			Path target = SCREENSHOTS.resolve(name + ".png");
			Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), target, StandardCopyOption.REPLACE_EXISTING);
			return target;
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
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
		driver.quit();
		try (var files = Files.walk(profile)) {
			files.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
		}
		catch (IOException ignored) {
			// a leftover temporary profile does no harm
		}
	}

}
