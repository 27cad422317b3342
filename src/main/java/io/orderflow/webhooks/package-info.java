/**
 * Tells partners' systems about order events through signed outbound webhooks with
 * retries.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Webhooks",
		allowedDependencies = { "order", "order :: spi", "web" })
package io.orderflow.webhooks;
