/**
 * Return requests from the return policy to the refund: label, receipt, inspection,
 * restock.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Returns",
		allowedDependencies = { "catalog", "order", "order :: spi", "system", "workflow" })
package io.orderflow.returns;
