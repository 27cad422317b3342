package io.orderflow.order;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where customers reach Orderflow ({@code orderflow.public-base-url}, such as
 * {@code https://orders.example.com}): every link in mails and on pages starts with it.
 */
@ConfigurationProperties("orderflow")
record PublicSite(String publicBaseUrl) {

}
