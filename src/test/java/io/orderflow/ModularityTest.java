package io.orderflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * Each top-level package is a module: it uses other modules only through their published
 * (public, top-level) types and no two modules depend on each other in a cycle. The
 * generated diagrams in docs/modules show who uses whom.
 */
class ModularityTest {

	static final ApplicationModules MODULES = ApplicationModules.of(OrderflowApplication.class);

	static final Path DOCS = Path.of("docs/modules");

	@Test
	void modulesUseEachOtherOnlyThroughPublishedTypesAndWithoutCycles() {
		MODULES.verify();
	}

	@Test
	void moduleDiagramsInTheDocsShowEveryModule() throws IOException {
		new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(DOCS.toString()))
			.writeModulesAsPlantUml()
			.writeIndividualModulesAsPlantUml();
		try (Stream<Path> diagrams = Files.list(DOCS)) {
			for (Path diagram : diagrams.filter(path -> path.toString().endsWith(".puml")).toList()) {
				Files.write(diagram, sortedElements(Files.readAllLines(diagram)));
			}
		}
		String overview = Files.readString(DOCS.resolve("components.puml"));
		MODULES.forEach(module -> {
			assertThat(overview).contains("\"" + module.getDisplayName() + "\"");
			assertThat(DOCS.resolve("module-" + module.getIdentifier() + ".puml")).exists();
		});
	}

	/**
	 * The documenter lists modules and relations in no fixed order; sorted, an unchanged
	 * design diffs as none.
	 */
	private static List<String> sortedElements(List<String> lines) {
		List<String> sorted = new ArrayList<>(lines);
		for (String kind : List.of("  Component(", "Component(", "Rel(")) {
			List<Integer> positions = new ArrayList<>();
			for (int i = 0; i < sorted.size(); i++) {
				if (sorted.get(i).startsWith(kind)) {
					positions.add(i);
				}
			}
			List<String> elements = positions.stream().map(sorted::get).sorted().toList();
			for (int i = 0; i < positions.size(); i++) {
				sorted.set(positions.get(i), elements.get(i));
			}
		}
		return sorted;
	}

}
