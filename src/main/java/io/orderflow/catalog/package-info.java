/**
 * Products, their prices and weights, and the store currency.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Catalog", allowedDependencies = { "system" })
package io.orderflow.catalog;
