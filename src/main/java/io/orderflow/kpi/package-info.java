/**
 * The figures managers steer by: one fact row per order, kept from the domain events and
 * the engine's history, and the KPIs computed from them.
 */
@org.springframework.modulith.ApplicationModule(displayName = "KPIs",
		allowedDependencies = { "order", "inventory", "payment", "shipping", "returns", "workflow", "web" })
package io.orderflow.kpi;
