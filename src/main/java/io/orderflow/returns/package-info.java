/**
 * Return requests from the return policy to the refund: label (shipping), receipt,
 * inspection, restock (inventory), refund (payment).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Returns", allowedDependencies = { "catalog", "inventory",
		"order", "order :: spi", "payment", "shipping", "infrastructure", "web", "workflow" })
package io.orderflow.returns;
