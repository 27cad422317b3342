package io.orderflow.catalog;

import java.math.BigDecimal;

import org.springframework.data.annotation.Id;

/**
 * A product; {@code hazardous} and {@code fragile} are read by the shipping-service
 * decision.
 */
public record Product(@Id String sku, String name, BigDecimal unitPrice, int weightGrams, boolean hazardous,
		boolean fragile) {
}
