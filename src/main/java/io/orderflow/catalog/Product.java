package io.orderflow.catalog;

import java.math.BigDecimal;

import org.springframework.data.annotation.Id;

/**
 * A product the store sells, or sold: an inactive product stays for the orders that
 * reference it but is neither listed nor orderable. {@code hazardous} and {@code fragile}
 * are read by the shipping-service decision.
 */
public record Product(@Id String sku, String name, BigDecimal unitPrice, int weightGrams, String category,
		boolean hazardous, boolean fragile, boolean active) {
}
