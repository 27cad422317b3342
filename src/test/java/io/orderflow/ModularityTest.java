package io.orderflow;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * Each top-level package is a module: it uses other modules only through their published (public, top-level) types
 * and no two modules depend on each other in a cycle. The generated diagrams in docs/modules show who uses whom.
 */
class ModularityTest {

	static final ApplicationModules MODULES = ApplicationModules.of(OrderflowApplication.class);

	@Test
	void modulesUseEachOtherOnlyThroughPublishedTypesAndWithoutCycles() {
		MODULES.verify();
	}

	@Test
	void moduleDiagramsAreWrittenToTheDocs() {
		new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder("docs/modules"))
			.writeModulesAsPlantUml()
			.writeIndividualModulesAsPlantUml();
	}

}
