package io.orderflow.workflow;

import static io.orderflow.NewOrder.line;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import io.orderflow.HttpScenarios;
import io.orderflow.NewOrder;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Staff work their queues in Tasklist as they would: in headless Chromium, signed in as
 * the demo staff, through the Camunda Forms of the diagrams. What the browser shows of
 * each queue is saved under target/screenshots, and on a failure every open browser's
 * page too.
 */
abstract class StaffTasklistScenarios extends HttpScenarios {

	@LocalServerPort
	int port;

	@Autowired
	RepositoryService repositoryService;

	private final List<StaffBrowser> browsers = new ArrayList<>();

	@RegisterExtension
	final AfterTestExecutionCallback screenshotsOnFailure = context -> context.getExecutionException()
		.ifPresent(failure -> browsers.forEach(browser -> browser
			.screenshot("FAILED-" + context.getRequiredTestMethod().getName() + "-" + browser.user())));

	@AfterEach
	void closeBrowsers() {
		browsers.forEach(StaffBrowser::close);
	}

	@Test
	void wendyPicksPacksAndHandsOverAnOrderSheFindsByItsNumber() {
		String sku = newProduct("24.50", 5, 0);
		String orderNumber = api.placed(NewOrder.of(line(sku, 2)));
		engine.runJobs();

		StaffBrowser wendy = signIn("wendy").openFilter("Warehouse: to pick");
		wendy.openCard("Pick items", orderNumber).claim();
		assertThat(wendy.fieldValue("Field_orderNumber")).isEqualTo(orderNumber);
		wendy.tick("Field_allItemsPicked").complete();

		int expectedWeight = engine.expectedWeight(engine.task(orderNumber, "packOrder"));
		wendy.reload().openFilter("Warehouse: to pick").openCard("Pack order", orderNumber).claim();
		wendy.type("Field_parcelWeightGrams", String.valueOf(expectedWeight)).complete();
		engine.runJobs();

		wendy.reload().openFilter("Warehouse: to pick").openCard("Print label and hand over", orderNumber).claim();
		wendy.tick("Field_handedOver").complete();
		engine.runJobs();

		assertThat(api.status(orderNumber)).isEqualTo("SHIPPED");
	}

	@Test
	void eachStaffMemberSeesTheirOwnQueueWithOrderNumbersOnTheCards() {
		String toPick = api.placed(NewOrder.of(line(newProduct("19.90", 5, 0), 1)));
		String toReview = api.placed(NewOrder.of(line(newProduct("1299.00", 5, 0), 1)));
		String backorderedSku = newProduct("7.50", 1, 0);
		String backordered = api.placed(NewOrder.of(line(backorderedSku, 3)));
		engine.runJobs();
		assertThat(api.status(toReview)).isEqualTo("UNDER_REVIEW");
		assertThat(api.status(backordered)).isEqualTo("BACKORDERED");

		StaffBrowser wendy = signIn("wendy");
		assertThat(wendy.filterNames()).contains("Warehouse: to pick")
			.doesNotContain("Fraud: to review", "Customer service");
		List<String> wendysCards = wendy.openFilter("Warehouse: to pick").waitForCard(toPick).cards();
		wendy.screenshot("queue-wendy");
		assertThat(String.join("\n", wendysCards)).contains(toPick, "Ada Lovelace", "Pick items")
			.doesNotContain(toReview, backordered, "Review order", "Decide on backorder");

		StaffBrowser frank = signIn("frank");
		assertThat(frank.filterNames()).contains("Fraud: to review")
			.doesNotContain("Warehouse: to pick", "Customer service");
		List<String> franksCards = frank.openFilter("Fraud: to review").waitForCard(toReview).cards();
		frank.screenshot("queue-frank");
		assertThat(franksCards).isNotEmpty().allSatisfy(card -> assertThat(card).contains("Review order"));
		assertThat(String.join("\n", franksCards)).contains(toReview).doesNotContain(toPick, backordered);

		StaffBrowser carla = signIn("carla");
		assertThat(carla.filterNames()).contains("Customer service")
			.doesNotContain("Warehouse: to pick", "Fraud: to review");
		List<String> carlasCards = carla.openFilter("Customer service").waitForCard(backordered).cards();
		carla.screenshot("queue-carla");
		assertThat(String.join("\n", carlasCards)).contains(backordered).doesNotContain(toPick, toReview);
		carla.openCard("Decide on backorder", backordered);
		assertThat(carla.fieldValue("Field_orderLines")).as("the shortfall, as the form shows it today")
			.contains("3 × " + backorderedSku);
		carla.screenshot("backorder-carla");
	}

	// ---- searching, the controls staff see, branding ----

	@Test
	void wendyFindsAnOrderByTypingItsNumberIntoFilterTasks() {
		String sku = newProduct("12.00", 5, 0);
		String wanted = api.placed(NewOrder.of(line(sku, 1)));
		String other = api.placed(NewOrder.of(line(sku, 1)));
		engine.runJobs();

		StaffBrowser wendy = signIn("wendy").openFilter("Warehouse: to pick").waitForCard(other).searchFor(wanted);

		List<String> found = wendy.cardsAllShowing(wanted);
		wendy.screenshot("search-wendy");
		assertThat(String.join("\n", found)).contains(wanted, "Pick items").doesNotContain(other);
		assertThat(wendy.showsError()).isFalse();
	}

	/**
	 * What Tasklist shows staff works for them: claim, unclaim, comments, the history and
	 * the diagram, without an error; what they could not use is not shown at all.
	 */
	@Test
	void staffSeeOnlyControlsThatWorkForThem() {
		String orderNumber = api.placed(NewOrder.of(line(newProduct("9.90", 5, 0), 2)));
		engine.runJobs();

		StaffBrowser wendy = signIn("wendy").openFilter("Warehouse: to pick");
		wendy.openCard("Pick items", orderNumber);
		assertThat(List.of(".create-task-action", ".start-process-action", "[cam-tasklist-task-meta] .followup-date",
				"[cam-tasklist-task-meta] .due-date", "[cam-tasklist-task-meta] .groups",
				"[cam-tasklist-filters] .task-filter .actions", ".task-card .instance-link", ".engine-select"))
			.as("controls that would answer staff with an engine error")
			.noneMatch(wendy::shows);
		assertThat(wendy.pageText()).contains("Fulfilment").doesNotContain("(v. ");

		wendy.claim().unclaim().claim();
		assertThat(wendy.inViewWithoutScrolling("button[ng-click='complete()']")).as("Complete at 1440x900").isTrue();
		wendy.comment("Shelf A-18 was empty, picked from the overflow bin")
			.openTab("History")
			.waitForText("Shelf A-18 was empty, picked from the overflow bin")
			.screenshot("history-wendy");
		wendy.openTab("Diagram").waitFor(".task-card .djs-container svg");
		wendy.openTab("Description").openTab("Form").waitFor("button[ng-click='complete()']");
		wendy.screenshot("controls-wendy");

		assertThat(wendy.showsError()).as("an error notification").isFalse();
		assertThat(engine.task(orderNumber, "pickItems").getAssignee()).isEqualTo("wendy");
		assertThat(wendy.requestedUrls()).isNotEmpty().noneMatch(url -> url.contains("camunda-welcome"));
	}

	@Test
	void tasklistCockpitAndAdminCarryOrderflowsNameAndLogo() {
		StaffBrowser wendy = signIn("wendy");
		assertThat(wendy.title()).isEqualTo("Orderflow Tasklist");
		assertThat(wendy.headerLogo()).contains("/assets/orderflow/logo.svg");

		for (String app : List.of("cockpit", "admin")) {
			StaffBrowser demo = new StaffBrowser("http://localhost:" + port, "demo");
			browsers.add(demo);
			demo.logInto(app);
			assertThat(demo.title()).startsWith("Orderflow " + Character.toUpperCase(app.charAt(0)) + app.substring(1));
			assertThat(demo.headerLogo()).contains("/assets/orderflow/logo.svg");
			assertThat(demo.requestedUrls()).noneMatch(url -> url.contains("camunda-welcome"));
			demo.screenshot("branding-" + app);
		}
		assertThat(wendy.requestedUrls()).isNotEmpty().noneMatch(url -> url.contains("camunda-welcome"));
	}

	@Test
	void cockpitShowsEachDecisionTableWithinTheWindowAndNoWordBrokenInTwo() {
		StaffBrowser demo = new StaffBrowser("http://localhost:" + port, "demo");
		browsers.add(demo);
		demo.logInto("cockpit");

		for (String key : List.of("fraud-risk", "shipping-service", "return-policy")) {
			DecisionDefinition decision = repositoryService.createDecisionDefinitionQuery()
				.decisionDefinitionKey(key)
				.latestVersion()
				.singleResult();
			demo.openInCockpit("decision-definition/" + decision.getId());

			assertThat(demo.decisionTableOverflow()).as(key + " scrolls sideways by (px)").isZero();
			assertThat(demo.decisionTableWordsBrokenMidWord()).as(key + ": words broken over two lines").isEmpty();
			demo.screenshot("cockpit-decision-" + key);
		}
	}

	@Test
	void frankMustChooseAndRejectingNeedsAReasonThatEndsOnTheTimeline() {
		String orderNumber = api.placed(NewOrder.of(line(newProduct("1299.00", 5, 0), 1)));
		engine.runJobs();

		StaffBrowser frank = signIn("frank").openFilter("Fraud: to review");
		frank.openCard("Review order", orderNumber).claim();
		assertThat(frank.fieldValue("Field_orderTotal")).contains("EUR incl.");
		assertThat(frank.fieldValue("Field_paymentBy")).isEqualTo("Card");
		assertThat(frank.showsField("Field_rejectionReason")).isFalse();
		frank.screenshot("review-frank");

		frank.tryToComplete();
		assertThat(frank.formErrors()).contains("Field is required.");
		assertThat(engine.openTasks(orderNumber, "reviewOrder")).hasSize(1);

		frank.choose("Field_reviewDecision", 1);
		assertThat(frank.showsField("Field_rejectionReason")).isTrue();
		frank.tryToComplete();
		frank.screenshot("review-frank-reject-without-reason");
		assertThat(frank.formErrors()).contains("Field is required.");
		assertThat(engine.openTasks(orderNumber, "reviewOrder")).hasSize(1);
		assertThat(api.status(orderNumber)).isEqualTo("UNDER_REVIEW");

		frank.choose("Field_customerReason", 0)
			.type("Field_rejectionReason", "The billing address does not exist")
			.complete();
		engine.runJobs();

		assertThat(api.status(orderNumber)).isEqualTo("REJECTED");
		assertThat(api.order(orderNumber).toString()).contains("Rejected by frank: The billing address does not exist");
	}

	@Test
	void carlaDecidesABackorderSeeingWhatIsInStockAndWhatIsShort() {
		String sku = newProduct("7.50", 1, 0);
		String orderNumber = api.placed(NewOrder.of(line(sku, 3)));
		engine.runJobs();

		StaffBrowser carla = signIn("carla").openFilter("Customer service");
		carla.openCard("Decide on backorder", orderNumber).claim();
		assertThat(carla.fieldValue("Field_stockSituation")).contains(sku, "ordered 3, in stock 1, short 2");
		assertThat(carla.fieldValue("Field_expectedRestock")).startsWith("No restock date known");
		carla.screenshot("backorder-shortfall-carla");
		carla.choose("Field_decision", 1).complete();
		engine.runJobs();

		assertThat(api.order(orderNumber).toString()).contains("Customer service decided SHIP_AVAILABLE (carla)");
	}

	@Test
	void wendysWeightFieldRefusesADecimalInsteadOfReadingIt() {
		String orderNumber = api.placed(NewOrder.of(line(newProduct("24.50", 5, 0), 1)));
		engine.runJobs();
		engine.pickAll(engine.task(orderNumber, "pickItems"));
		int expectedWeight = engine.expectedWeight(engine.task(orderNumber, "packOrder"));

		StaffBrowser wendy = signIn("wendy").openFilter("Warehouse: to pick");
		wendy.openCard("Pack order", orderNumber).claim();
		assertThat(wendy.pageText()).doesNotContain("@example.com", "Grand total");
		for (String notGrams : new String[] { "1.5", "1e3" }) {
			wendy.type("Field_parcelWeightGrams", notGrams).tryToComplete();
			assertThat(wendy.fieldValue("Field_parcelWeightGrams")).isEqualTo(notGrams);
			assertThat(String.join("\n", wendy.formErrors())).contains("must match pattern");
		}
		wendy.screenshot("weight-refused-wendy");
		assertThat(engine.openTasks(orderNumber, "packOrder")).hasSize(1);

		String refused = wendy.type("Field_parcelWeightGrams", String.valueOf(expectedWeight * 3)).completeRefused();
		wendy.screenshot("weight-outside-tolerance-wendy");
		assertThat(refused).contains("The parcel weighs " + expectedWeight * 3 + " g", "Weigh it again")
			.doesNotContain("Exception while invoking");
		assertThat(engine.openTasks(orderNumber, "packOrder")).hasSize(1);

		wendy.type("Field_parcelWeightGrams", String.valueOf(expectedWeight)).complete();
		engine.runJobs();
		assertThat(engine.openTasks(orderNumber, "handOverParcel")).hasSize(1);
	}

	private StaffBrowser signIn(String user) {
		StaffBrowser browser = new StaffBrowser("http://localhost:" + port, user);
		browsers.add(browser);
		return browser.logIntoTasklist();
	}

}
