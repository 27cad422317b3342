package io.orderflow;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import java.util.Arrays;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The diagrams orchestrate; the packages do not call each other. A capability may use the
 * shared kernel (order, catalog, workflow, security, web, infrastructure) but never a
 * sibling capability: when payment must follow stock, that order is drawn in BPMN, where
 * an analyst sees and changes it.
 */
class ArchitectureTest {

	static final String[] CAPABILITIES = { "inventory", "fraud", "payment", "shipping", "notification", "returns" };

	static JavaClasses classes;

	@BeforeAll
	static void importClasses() {
		classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.importPackages("io.orderflow");
	}

	@ParameterizedTest
	@ValueSource(strings = { "inventory", "fraud", "payment", "shipping", "notification", "returns" })
	void capabilityDoesNotUseASiblingCapability(String capability) {
		String[] siblings = Arrays.stream(CAPABILITIES)
			.filter(other -> !other.equals(capability))
			.map(other -> "io.orderflow." + other + "..")
			.toArray(String[]::new);
		noClasses().that()
			.resideInAPackage("io.orderflow." + capability + "..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage(siblings)
			.check(classes);
	}

	@ParameterizedTest
	@ValueSource(strings = { "order", "catalog", "workflow", "security", "web", "infrastructure" })
	void sharedKernelDoesNotUseAnyCapability(String kernel) {
		noClasses().that()
			.resideInAPackage("io.orderflow." + kernel + "..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage(Arrays.stream(CAPABILITIES).map(c -> "io.orderflow." + c + "..").toArray(String[]::new))
			.check(classes);
	}

	@ParameterizedTest
	@ValueSource(strings = { "catalog", "workflow", "security", "web", "infrastructure" })
	void lowerKernelDoesNotUseTheOrder(String kernel) {
		noClasses().that()
			.resideInAPackage("io.orderflow." + kernel + "..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("io.orderflow.order..")
			.check(classes);
	}

	/**
	 * SQL lives in repositories, one per aggregate; services speak in domain terms. A
	 * class that needs the database otherwise (a journal, a lock) is a repository too,
	 * with a comment saying why its SQL is hand-written.
	 */
	@Test
	void onlyRepositoriesTalkSql() {
		noClasses().that()
			.areNotAnnotatedWith(Repository.class)
			.should()
			.dependOnClassesThat()
			.areAssignableTo(JdbcClient.class)
			.check(classes);
	}

}
