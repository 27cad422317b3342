package io.orderflow;

import org.springframework.core.Ordered;
import org.springframework.test.annotation.DirtiesContext.HierarchyMode;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Closes the Spring test context last used before a test class needs a context of another
 * configuration, so that test classes of one configuration share a context while two
 * never live at once. Every context runs a Camunda engine named "default", which
 * /engine-rest and the webapps look up by that name in a static registry; a context
 * closed after the next one started would unregister the newer engine with it. Spring's
 * cache size limit cannot prevent that: it evicts a context only after the next one has
 * started. {@link ClassesByContext} runs the classes of one configuration one after
 * another, so each context starts once.
 */
class OneEngineAtATime implements TestExecutionListener, Ordered {

	private static TestContext lastUsed;

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE;
	}

	@Override
	public void beforeTestClass(TestContext testContext) {
		closeOtherContext(testContext);
	}

	@Override
	public void prepareTestInstance(TestContext testContext) {
		closeOtherContext(testContext);
	}

	private static synchronized void closeOtherContext(TestContext next) {
		if (lastUsed != null && !next.hasApplicationContext()) {
			lastUsed.markApplicationContextDirty(HierarchyMode.EXHAUSTIVE);
		}
		lastUsed = next;
	}

}
