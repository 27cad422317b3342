package io.orderflow.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every diagram drawn by bpmn-js (what Cockpit and Modeler draw with) in a 1440x900
 * window at the default fit: no label over another label, a shape or a flow, no flow
 * through an element it does not connect, no shapes on top of each other. Every decision
 * table drawn by dmn-js as Modeler shows it, with its column widths: no wider than the
 * window, and no value wider than its column (which would break mid-word). The checks run
 * on what the browser rendered (src/test/resources/diagrams/diagram-check.js), so label
 * sizes are the drawn text's. Screenshots of each go to target/screenshots/diagrams/.
 */
class DiagramLayoutBrowserTest {

	static final Path PAGE = Path.of("src", "test", "resources", "diagrams", "diagram-check.html");

	/**
	 * Where the build's npm install puts the bpmn-js and dmn-js bundles the page loads.
	 */
	static final Path VIEWERS = Path.of("tools", "bpmnlint", "node_modules");

	static final Path SCREENSHOTS = StaffBrowser.SCREENSHOTS.resolve("diagrams");

	static final int WIDTH = 1440;

	static final int HEIGHT = 900;

	private static HeadlessChromium chromium;

	@BeforeAll
	static void startBrowser() {
		assertThat(VIEWERS.resolve("bpmn-js").resolve("dist"))
			.as("bpmn-js from npm: the build installs tools/bpmnlint in process-test-classes, before the tests")
			.isDirectory();
		chromium = new HeadlessChromium(WIDTH, HEIGHT);
	}

	@AfterAll
	static void stopBrowser() {
		if (chromium != null) {
			chromium.close();
		}
	}

	static List<File> diagrams() throws IOException {
		return DiagramConventionsTest.diagrams().toList();
	}

	static List<File> decisions() throws IOException {
		return DiagramConventionsTest.decisions().toList();
	}

	@ParameterizedTest
	@MethodSource("diagrams")
	void diagramReadsAtTheDefaultFit(File diagram) throws IOException {
		drawnWithoutProblems("renderBpmn", diagram);
	}

	@ParameterizedTest
	@MethodSource("decisions")
	void decisionTableFitsTheWindowWithoutScrolling(File table) throws IOException {
		Map<String, Object> drawn = drawnWithoutProblems("renderDmn", table);

		assertThat(((Number) drawn.get("tableWidth")).intValue()).as("width of the %s table", table.getName())
			.isPositive()
			.isLessThanOrEqualTo(((Number) drawn.get("viewportWidth")).intValue());
		assertThat(((Number) drawn.get("pageWidth")).intValue()).as("page width with %s", table.getName())
			.isLessThanOrEqualTo(WIDTH);
	}

	/**
	 * Draws the file and asserts it imported cleanly and the page found nothing hard to
	 * read.
	 */
	private static Map<String, Object> drawnWithoutProblems(String function, File file) throws IOException {
		Map<String, Object> drawn = draw(function, file);
		assertThat(drawn).as("%s drawn", file.getName()).doesNotContainKey("error");
		assertThat(strings(drawn, "warnings")).as("import warnings of %s", file.getName()).isEmpty();
		assertThat(strings(drawn, "problems")).as("what makes %s hard to read", file.getName()).isEmpty();
		return drawn;
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> draw(String function, File file) throws IOException {
		chromium.driver.get(PAGE.toAbsolutePath().toUri().toString());
		Object drawn = chromium.driver.executeAsyncScript("""
				const done = arguments[arguments.length - 1];
				window[arguments[0]](arguments[1]).then(done, error => done({ error: String(error) }));
				""", function, Files.readString(file.toPath()));
		chromium.screenshot(SCREENSHOTS.resolve(file.getName().replaceAll("\\.\\w+$", "") + ".png"));
		return (Map<String, Object>) drawn;
	}

	@SuppressWarnings("unchecked")
	private static List<String> strings(Map<String, Object> drawn, String key) {
		return (List<String>) drawn.get(key);
	}

}
