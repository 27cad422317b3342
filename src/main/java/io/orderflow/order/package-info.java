/**
 * Orders from placement to completion: capture, pricing, the status table and timeline,
 * cancellation, tracking, personal-data retention. The kernel every capability reads and
 * reports to; it uses no capability.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Order",
		allowedDependencies = { "catalog", "infrastructure", "web", "workflow" })
package io.orderflow.order;
