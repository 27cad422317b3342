package io.orderflow.catalog;

import java.math.BigDecimal;

public record Product(String sku, String name, BigDecimal unitPrice, int weightGrams) {
}
