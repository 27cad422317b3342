package io.orderflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * Each top-level package is a module: it uses only the modules its
 * {@code package-info.java} allows, only through their published types (public types of
 * the module's root package, or of a named interface such as {@code order.spi}), and no
 * two modules depend on each other in a cycle. The generated diagrams and module canvases
 * in docs/modules show who uses whom and what each module holds.
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
		javadocWithoutEscapedQuotes();
		new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(DOCS.toString()))
			.writeModulesAsPlantUml()
			.writeIndividualModulesAsPlantUml()
			.writeModuleCanvases();
		try (Stream<Path> diagrams = Files.list(DOCS)) {
			for (Path diagram : diagrams.filter(path -> path.toString().endsWith(".puml")).toList()) {
				Files.write(diagram, sortedElements(Files.readAllLines(withPurposes(diagram))));
			}
		}
		for (ApplicationModule module : MODULES) {
			Path canvas = DOCS.resolve("module-" + module.getIdentifier() + ".adoc");
			Files.write(canvas, sortedBullets(Files.readAllLines(withPurposes(canvas))));
		}
		String overview = Files.readString(DOCS.resolve("components.puml"));
		for (ApplicationModule module : MODULES) {
			assertThat(purposeOf(module)).as("purpose of " + module.getIdentifier()).isNotBlank();
			assertThat(overview).contains("\"" + module.getDisplayName() + "\", $techn=\"Module\", $descr=\""
					+ purposeOf(module).replace('"', '\'') + "\"");
			assertThat(DOCS.resolve("module-" + module.getIdentifier() + ".puml")).exists();
			assertThat(DOCS.resolve("module-" + module.getIdentifier() + ".adoc")).exists();
		}
	}

	/**
	 * Spring Modulith 1.4 leaves a module's description empty in diagrams and canvases;
	 * the purpose its {@code package-info.java} states goes there.
	 */
	private static Path withPurposes(Path document) throws IOException {
		String text = Files.readString(document);
		for (ApplicationModule module : MODULES) {
			String purpose = purposeOf(module);
			if (purpose.isEmpty()) {
				continue;
			}
			String name = "\"" + module.getDisplayName() + "\", $techn=\"Module\", $descr=\"";
			String basePackage = "|`" + module.getBasePackage().getName() + "`\n";
			text = text.replace(name + "\"", name + purpose.replace('"', '\'') + "\"")
				.replace(basePackage, basePackage + "|Description\n|" + purpose + "\n");
		}
		Files.writeString(document, text);
		return document;
	}

	/** The Javadoc of the module's {@code package-info.java}, on one line. */
	static String purposeOf(ApplicationModule module) throws IOException {
		Path source = Path.of("src/main/java", module.getBasePackage().getName().replace('.', '/'),
				"package-info.java");
		if (!Files.exists(source)) {
			return "";
		}
		String text = Files.readString(source);
		return text.substring(text.indexOf("/**") + 3, text.indexOf("*/"))
			.lines()
			.map(line -> line.strip().replaceFirst("^\\*\\s?", ""))
			.filter(line -> !line.isEmpty())
			.collect(Collectors.joining(" "));
	}

	/**
	 * The canvases show each module's and type's Javadoc, which Spring Modulith's
	 * annotation processor extracts at compile time. Spring Modulith 1.4 reads that file
	 * with Spring Boot's {@code BasicJsonParser}, which fails on an escaped quote (a
	 * comment naming a task, "Resolve payment"); single quotes read as well.
	 */
	private static void javadocWithoutEscapedQuotes() throws IOException {
		Path javadoc = Path.of("target/generated-spring-modulith/javadoc.json");
		if (Files.exists(javadoc)) {
			Files.writeString(javadoc, Files.readString(javadoc).replace("\\\"", "'"));
		}
	}

	/**
	 * A canvas lists beans and references in the order the classes were read; sorted
	 * (nested bullets staying with theirs), an unchanged module diffs as none.
	 */
	private static List<String> sortedBullets(List<String> lines) {
		List<String> sorted = new ArrayList<>();
		List<List<String>> run = new ArrayList<>();
		boolean cellStart = false;
		for (String line : lines) {
			if (line.startsWith("**") && !run.isEmpty()) {
				run.get(run.size() - 1).add(line);
			}
			else if (line.startsWith("|* ")) {
				addSorted(sorted, run, cellStart);
				cellStart = true;
				run.add(new ArrayList<>(List.of(line.substring(1))));
			}
			else if (line.startsWith("* ")) {
				run.add(new ArrayList<>(List.of(line)));
			}
			else {
				addSorted(sorted, run, cellStart);
				cellStart = false;
				sorted.add(line);
			}
		}
		addSorted(sorted, run, cellStart);
		return sorted;
	}

	private static void addSorted(List<String> lines, List<List<String>> run, boolean cellStart) {
		run.sort((a, b) -> a.get(0).compareTo(b.get(0)));
		for (int i = 0; i < run.size(); i++) {
			for (int j = 0; j < run.get(i).size(); j++) {
				lines.add((i == 0 && j == 0 && cellStart ? "|" : "") + run.get(i).get(j));
			}
		}
		run.clear();
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
