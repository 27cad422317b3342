/**
 * Warehouses, stock levels and the stock journal, reservations, backorders, pick lists
 * and short picks.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Inventory",
		allowedDependencies = { "catalog", "order", "system", "workflow" })
package io.orderflow.inventory;
