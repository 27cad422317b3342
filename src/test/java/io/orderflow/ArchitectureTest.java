package io.orderflow;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.orderflow.order.Orders;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The project's rules that Spring Modulith cannot express. Who may use whom is declared
 * by each module's {@code package-info.java} ({@code allowedDependencies}) and checked by
 * {@link ModularityTest}.
 */
class ArchitectureTest {

	/**
	 * The modules every capability builds on. A capability added later is outside the
	 * kernel without being listed anywhere.
	 */
	static final String[] KERNEL = { "io.orderflow.order..", "io.orderflow.catalog..", "io.orderflow.workflow..",
			"io.orderflow.security..", "io.orderflow.web..", "io.orderflow.infrastructure.." };

	static JavaClasses classes;

	@BeforeAll
	static void importClasses() {
		classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.importPackages("io.orderflow");
	}

	/**
	 * The kernel uses no capability: a capability's needs of the order reach it through
	 * the order's own ports ({@code order.spi}), which the capability implements. A
	 * module's allowed dependencies say the same one by one; this says it for any
	 * capability, including one added later.
	 */
	@Test
	void kernelUsesNoCapability() {
		noClasses().that()
			.resideInAnyPackage(KERNEL)
			.should()
			.dependOnClassesThat(resideInAPackage("io.orderflow..").and(not(resideInAnyPackage(KERNEL))))
			.check(classes);
	}

	/**
	 * Only the order moves its status: capabilities report facts through
	 * {@code OrderMilestones}. {@code Orders.changeStatus} is public for the order's own
	 * steps in {@code order.flow}, so the compiler no longer keeps other modules out.
	 */
	@Test
	void onlyTheOrderChangesItsStatus() {
		noClasses().that()
			.resideOutsideOfPackage("io.orderflow.order..")
			.should()
			.callMethodWhere(describe("Orders.changeStatus",
					call -> call.getTargetOwner().isAssignableTo(Orders.class)
							&& call.getName().equals("changeStatus")))
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
