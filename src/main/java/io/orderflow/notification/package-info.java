/**
 * Mails the customer about what happens to their order, one message per order event.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notification",
		allowedDependencies = { "order", "order :: spi" })
package io.orderflow.notification;
