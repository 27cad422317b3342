package io.orderflow.order;

import java.math.BigDecimal;

public record Totals(BigDecimal subtotal, BigDecimal shipping, BigDecimal tax, BigDecimal grandTotal) {
}
