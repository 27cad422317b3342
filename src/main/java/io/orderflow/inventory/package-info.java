/**
 * Warehouses, stock levels and the stock journal, reservations, backorders, pick lists
 * and short picks.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Inventory",
		allowedDependencies = { "catalog", "order", "web", "workflow" })
package io.orderflow.inventory;
