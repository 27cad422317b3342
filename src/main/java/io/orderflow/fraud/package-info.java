/**
 * Screens orders with the analysts' fraud-risk decision and keeps the bookkeeping of
 * their reviews.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Fraud", allowedDependencies = { "order", "workflow" })
package io.orderflow.fraud;
