package io.orderflow.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a creating POST of a controller that honours {@code Idempotency-Key}
 * ({@link IdempotentRequests}): a retry with the same key gets the first answer instead
 * of doing the work again. The API document gets the header and its answers.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Idempotent {

}
