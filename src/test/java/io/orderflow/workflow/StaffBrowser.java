package io.orderflow.workflow;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One staff member in Tasklist, in a {@link HeadlessChromium}.
 */
final class StaffBrowser implements AutoCloseable {

	private static final Duration PATIENCE = Duration.ofSeconds(60);

	private static final String ERROR_NOTIFICATION = ".notifications .alert-danger, .notifications .alert-error";

	static final Path SCREENSHOTS = Path.of("target", "screenshots");

	/**
	 * The words, in the elements matching arguments[0], drawn over more than one line.
	 */
	private static final String WORDS_ON_TWO_LINES = """
			const broken = [];
			for (const cell of document.querySelectorAll(arguments[0])) {
			  const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
			  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
			    for (const word of node.data.matchAll(/[^\\s-]+-?/g)) {
			      const range = document.createRange();
			      range.setStart(node, word.index);
			      range.setEnd(node, word.index + word[0].length);
			      const lines = [...range.getClientRects()].filter(r => r.width > 0).map(r => Math.round(r.top));
			      if (new Set(lines).size > 1) broken.push(word[0]);
			    }
			  }
			}
			return broken;""";

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
		// Tasklist re-renders its list while it polls: a card found a moment
		// ago can be gone by the time its text is read, so every wait looks
		// again instead of failing. On a loaded machine the webapp alone can
		// take more than 20 s to show its login.
		this.wait = new WebDriverWait(driver, PATIENCE);
		this.wait.ignoring(StaleElementReferenceException.class);
	}

	/** Opens Tasklist and signs in with the demo password (the user name). */
	StaffBrowser logIntoTasklist() {
		signInto("tasklist");
		visible(By.cssSelector("[cam-tasklist-filters] .task-filter"));
		return this;
	}

	/** Opens a webapp (tasklist, cockpit, admin) and signs in with the demo password. */
	StaffBrowser logInto(String app) {
		signInto(app);
		visible(By.cssSelector(".navbar-brand .brand-logo"));
		return this;
	}

	private void signInto(String app) {
		driver.get(baseUrl + "/camunda/app/" + app + "/default/");
		visible(By.cssSelector("input[ng-model='username']")).sendKeys(user);
		driver.findElement(By.cssSelector("input[ng-model='password']")).sendKeys(user);
		driver.findElement(By.cssSelector("form button[type='submit']")).click();
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
		wait.until(d -> {
			WebElement card = d.findElements(By.cssSelector("[cam-tasks] .tasks-list li.task"))
				.stream()
				.filter(c -> c.getText().contains(text) && c.getText().contains(taskName))
				.findFirst()
				.orElse(null);
			if (card == null) {
				return false;
			}
			inView(card.findElement(By.cssSelector("h4.task a"))).click();
			return true;
		});
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

	/**
	 * Clicks Complete on a form the engine will refuse, and returns the text of the error
	 * notification Tasklist shows for it.
	 */
	String completeRefused() {
		dismissNotifications();
		WebElement button = wait
			.until(ExpectedConditions.elementToBeClickable(By.cssSelector("button[ng-click='complete()']")));
		inView(button).click();
		wait.until(d -> showsError());
		return driver.findElements(By.cssSelector(ERROR_NOTIFICATION))
			.stream()
			.filter(WebElement::isDisplayed)
			.map(WebElement::getText)
			.collect(Collectors.joining("\n"));
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
		return browser.screenshot(SCREENSHOTS.resolve(name + ".png"));
	}

	String user() {
		return user;
	}

	// ---- the controls Tasklist shows staff, and what the webapps are branded with ----

	/** Types the text into "Filter Tasks" and presses Enter, as staff search. */
	StaffBrowser searchFor(String text) {
		visible(By.cssSelector("[cam-widget-search] input.main-field")).sendKeys(text + Keys.ENTER);
		return this;
	}

	/**
	 * Waits until the list shows cards again and every one of them contains the text.
	 */
	List<String> cardsAllShowing(String text) {
		return new WebDriverWait(driver, PATIENCE).ignoring(StaleElementReferenceException.class).until(d -> {
			List<String> cards = cards();
			return !cards.isEmpty() && cards.stream().allMatch(card -> card.contains(text)) ? cards : null;
		});
	}

	StaffBrowser unclaim() {
		visible(By.cssSelector("[cam-tasklist-task-meta] .unclaim")).click();
		visible(By.cssSelector("[cam-tasklist-task-meta] .claim"));
		return this;
	}

	/** Adds a comment to the open task through "Add Comment". */
	StaffBrowser comment(String text) {
		visible(By.cssSelector(".createCommentLink")).click();
		visible(By.id("comment-form-message")).sendKeys(text);
		driver.findElement(By.cssSelector(".modal button[type='submit']")).click();
		wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".modal")));
		return this;
	}

	/** Opens a tab of the open task (Form, History, Diagram, Description). */
	StaffBrowser openTab(String name) {
		driver.findElements(By.cssSelector(".task-card .nav-tabs a"))
			.stream()
			.filter(tab -> tab.getText().trim().equals(name))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no tab " + name))
			.click();
		return this;
	}

	/** Waits until the page shows the text. */
	StaffBrowser waitForText(String text) {
		wait.until(d -> pageText().contains(text));
		return this;
	}

	/** Waits until something matching the selector is displayed. */
	StaffBrowser waitFor(String cssSelector) {
		visible(By.cssSelector(cssSelector));
		return this;
	}

	/**
	 * Whether Camunda shows an error notification (a refused request, an engine error).
	 */
	boolean showsError() {
		return shows(ERROR_NOTIFICATION);
	}

	/**
	 * Every URL the page has requested since it was loaded (the resource timing list).
	 */
	@SuppressWarnings("unchecked")
	List<String> requestedUrls() {
		return (List<String>) driver.executeScript("return performance.getEntriesByType('resource').map(e => e.name)");
	}

	/**
	 * Whether the element is wholly visible without scrolling: inside the window and
	 * above the fixed footer.
	 */
	boolean inViewWithoutScrolling(String cssSelector) {
		return (Boolean) driver.executeScript("""
				const box = document.querySelector(arguments[0]).getBoundingClientRect();
				const footer = document.querySelector('footer');
				const bottom = footer ? footer.getBoundingClientRect().top : window.innerHeight;
				return box.top >= 0 && box.bottom <= bottom && box.height > 0;""", cssSelector);
	}

	/**
	 * Opens a page of Cockpit (signed in already) by its route, e.g.
	 * {@code decision-definition/<id>}.
	 */
	StaffBrowser openInCockpit(String route) {
		driver.get(baseUrl + "/camunda/app/cockpit/default/#/" + route);
		return this;
	}

	/**
	 * How much wider the decision table on the page is than the box showing it (0 when it
	 * fits), waiting until it is drawn.
	 */
	long decisionTableOverflow() {
		String container = "[cam-widget-dmn-viewer] .tjs-table-container";
		visible(By.cssSelector(container + " tbody td"));
		return (Long) driver.executeScript(
				"const box = document.querySelector(arguments[0]); return box.scrollWidth - box.clientWidth;",
				container);
	}

	/**
	 * The words of the decision table's cells and column titles that the page breaks over
	 * two lines: each word of the text should be drawn on one line (a line may end after
	 * a hyphen, as in "e-mail").
	 */
	@SuppressWarnings("unchecked")
	List<String> decisionTableWordsBrokenMidWord() {
		return (List<String>) driver.executeScript(WORDS_ON_TWO_LINES,
				"[cam-widget-dmn-viewer] .tjs-table th, [cam-widget-dmn-viewer] .tjs-table td");
	}

	String title() {
		return driver.getTitle();
	}

	/** The image the header shows as the logo (its CSS background). */
	String headerLogo() {
		return driver.findElement(By.cssSelector(".navbar-brand .brand-logo")).getCssValue("background-image");
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
