/**
 * Carriers and labels, shipments and their delivery: the shipping-service decision,
 * carrier events, delivery problems.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Shipping", allowedDependencies = { "catalog",
		"inventory", "order", "order :: spi", "infrastructure", "security", "web", "workflow" })
package io.orderflow.shipping;
