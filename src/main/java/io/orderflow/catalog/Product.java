package io.orderflow.catalog;

import java.math.BigDecimal;

import org.springframework.data.annotation.Id;

public record Product(@Id String sku, String name, BigDecimal unitPrice, int weightGrams) {
}
