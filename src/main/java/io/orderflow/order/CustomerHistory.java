package io.orderflow.order;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What a customer ordered before an order: how many orders, their value per currency, and
 * the newest order numbers.
 */
public record CustomerHistory(int orders, Map<String, BigDecimal> value, List<String> latest) {

	/** "3 earlier orders, 240.50 EUR in all: OF-100003, OF-100002, OF-100001". */
	public String describe() {
		if (orders == 0) {
			return "No earlier orders: this is the customer's first";
		}
		return orders + (orders == 1 ? " earlier order, " : " earlier orders, ")
				+ value.entrySet()
					.stream()
					.map(total -> Money.of(total.getValue(), total.getKey()))
					.collect(Collectors.joining(" + "))
				+ " in all: " + String.join(", ", latest) + (orders > latest.size() ? ", …" : "");
	}

}
