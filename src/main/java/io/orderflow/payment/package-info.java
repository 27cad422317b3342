/**
 * Takes the customer's money through a payment provider: authorization, capture, refunds,
 * bank transfers, new payment details.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Payment",
		allowedDependencies = { "order", "order :: spi", "infrastructure", "security", "web", "workflow" })
package io.orderflow.payment;
