package io.orderflow.order;

import java.math.BigDecimal;

public record OrderLine(int lineNumber, String sku, String productName, int quantity, BigDecimal unitPrice,
		BigDecimal lineTotal) {
}
