/**
 * The HTTP contract of {@code /api}: problem answers, strict JSON, body limits,
 * idempotency keys, database-outage answers and the OpenAPI document.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Web", allowedDependencies = {})
package io.orderflow.web;
