/**
 * Products, their prices and weights, and the store currency.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Catalog",
		allowedDependencies = { "infrastructure", "web" })
package io.orderflow.catalog;
