package io.orderflow.notification;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How the store signs its mails ({@code orderflow.store}): its name, the sender address,
 * and the link a customer follows to track an order, with {@code {orderNumber}},
 * {@code {trackingNumber}} and {@code {email}} filled in.
 */
@ConfigurationProperties("orderflow.store")
record StoreProperties(String name, String mailFrom, String trackingUrl) {

}
