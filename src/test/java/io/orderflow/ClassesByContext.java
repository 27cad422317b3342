package io.orderflow;

import java.util.Comparator;

import org.junit.jupiter.api.ClassDescriptor;
import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.ClassOrdererContext;
import org.springframework.core.annotation.MergedAnnotations;
import org.springframework.core.annotation.MergedAnnotations.SearchStrategy;
import org.springframework.test.context.BootstrapWith;

/**
 * Runs the test classes that share a Spring context one after another, so that each
 * context starts once (see {@link OneEngineAtATime}): first the tests without Spring,
 * then Spring tests with a configuration of their own, then the HTTP scenarios on H2,
 * then those on PostgreSQL; by name within each group.
 */
class ClassesByContext implements ClassOrderer {

	@Override
	public void orderClasses(ClassOrdererContext context) {
		context.getClassDescriptors()
			.sort(Comparator.comparingInt((ClassDescriptor descriptor) -> group(descriptor.getTestClass()))
				.thenComparing(descriptor -> descriptor.getTestClass().getName()));
	}

	private static int group(Class<?> testClass) {
		if (OnPostgres.class.isAssignableFrom(testClass)) {
			return 3;
		}
		if (HttpScenarios.class.isAssignableFrom(testClass)) {
			return 2;
		}
		if (MergedAnnotations.from(testClass, SearchStrategy.TYPE_HIERARCHY).isPresent(BootstrapWith.class)) {
			return 1;
		}
		return 0;
	}

}
