package io.orderflow.catalog;

import java.util.Currency;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** The one currency the store prices and charges in ({@code orderflow.currency}). */
@ConfigurationProperties("orderflow")
public record StoreCurrency(Currency currency) {

	public String code() {
		return currency.getCurrencyCode();
	}

}
