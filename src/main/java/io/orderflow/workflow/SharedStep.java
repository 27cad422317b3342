package io.orderflow.workflow;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a delegate bean that several diagram elements call, each with its own id, so its
 * name cannot be theirs ({@code releaseStock} on every path into cancellation). Every
 * other delegate is named after its one element. An analyst may add another element that
 * calls it without a Java change.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface SharedStep {

	/** What tells the callers apart, e.g. the input parameter each one sets. */
	String value();

}
