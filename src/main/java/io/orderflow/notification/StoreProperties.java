package io.orderflow.notification;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How the store signs its mails ({@code orderflow.store}): its name, the sender address,
 * and its logo (an absolute URL, optional). The links in mails start with
 * {@code orderflow.public-base-url} ({@link io.orderflow.order.PublicLinks}).
 */
@ConfigurationProperties("orderflow.store")
record StoreProperties(String name, String mailFrom, String logoUrl) {

}
