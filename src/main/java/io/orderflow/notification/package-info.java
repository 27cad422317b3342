/**
 * Mails the customer about what happens to their order, one message per order event; it
 * reads the event records of the modules that publish them.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notification",
		allowedDependencies = { "order", "order :: spi", "inventory", "payment", "shipping", "returns" })
package io.orderflow.notification;
