package io.orderflow.order;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** An amount as staff read it on a form: "1299.00 EUR". */
public final class Money {

	private Money() {
	}

	public static String of(BigDecimal amount, String currency) {
		return amount.setScale(2, RoundingMode.HALF_UP).toPlainString() + " " + currency;
	}

}
