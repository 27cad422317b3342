package io.orderflow.order.web;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The store as the customer's pages show it ({@code orderflow.store}): its name and, if
 * set, its logo (an absolute URL).
 */
@ConfigurationProperties("orderflow.store")
record StoreFront(String name, String logoUrl) {

	boolean hasLogo() {
		return logoUrl != null && !logoUrl.isBlank();
	}

}
