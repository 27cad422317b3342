/**
 * Tells partners' systems about order events through signed outbound webhooks with
 * retries.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Webhooks",
		allowedDependencies = { "order", "order :: spi", "system" })
package io.orderflow.webhooks;
