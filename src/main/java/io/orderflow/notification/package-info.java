/**
 * Mails the customer about what happens to their order, one message per order event.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notification", allowedDependencies = { "order" })
package io.orderflow.notification;
