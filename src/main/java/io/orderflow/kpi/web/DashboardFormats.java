package io.orderflow.kpi.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.Duration;
import java.util.Currency;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

import io.orderflow.order.OrderStatus;
import io.orderflow.workflow.OrderflowGroups;

/** How the dashboard writes figures and statuses for a person: in words, with units. */
final class DashboardFormats {

	static final String NO_DATA = "no data yet";

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private static final Map<OrderStatus, String> STATUSES = new EnumMap<>(Map.ofEntries(
			Map.entry(OrderStatus.PLACED, "Placed"), Map.entry(OrderStatus.UNDER_REVIEW, "Under fraud review"),
			Map.entry(OrderStatus.BACKORDERED, "Waiting for stock"),
			Map.entry(OrderStatus.AWAITING_PAYMENT, "Waiting for payment"),
			Map.entry(OrderStatus.CONFIRMED, "Confirmed"), Map.entry(OrderStatus.IN_FULFILLMENT, "Being picked"),
			Map.entry(OrderStatus.SHIPPED, "Shipped"), Map.entry(OrderStatus.DELIVERED, "Delivered"),
			Map.entry(OrderStatus.COMPLETED, "Completed"), Map.entry(OrderStatus.REJECTED, "Rejected"),
			Map.entry(OrderStatus.CANCELLED, "Cancelled")));

	private static final Map<String, String> QUEUES = Map.of(OrderflowGroups.WAREHOUSE, "Warehouse",
			OrderflowGroups.FRAUD_ANALYSTS, "Fraud review", OrderflowGroups.CUSTOMER_SERVICE, "Customer service");

	private DashboardFormats() {
	}

	/** A rate of 0..1 as a percentage with one decimal. */
	static String percent(BigDecimal rate) {
		return rate == null ? NO_DATA : points(rate).toPlainString() + " %";
	}

	static BigDecimal points(BigDecimal rate) {
		return rate.multiply(HUNDRED).setScale(1, RoundingMode.HALF_UP);
	}

	/** Up to two days in hours, beyond that in days. */
	static String hours(BigDecimal hours) {
		if (hours == null) {
			return NO_DATA;
		}
		if (hours.abs().compareTo(BigDecimal.valueOf(48)) < 0) {
			return hours.setScale(1, RoundingMode.HALF_UP).toPlainString() + " hours";
		}
		return hours.divide(BigDecimal.valueOf(24), 1, RoundingMode.HALF_UP).toPlainString() + " days";
	}

	static String age(Duration age) {
		if (age == null) {
			return "nothing waiting";
		}
		if (age.toMinutes() < 120) {
			return age.toMinutes() + " minutes";
		}
		return hours(BigDecimal.valueOf(age.toMinutes()).divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP));
	}

	static String money(BigDecimal amount, String currency) {
		if (amount == null) {
			return NO_DATA;
		}
		NumberFormat format = NumberFormat.getCurrencyInstance(Locale.UK);
		format.setCurrency(Currency.getInstance(currency));
		return format.format(amount);
	}

	static String status(OrderStatus status) {
		return STATUSES.get(status);
	}

	static String queue(String group) {
		return QUEUES.getOrDefault(group, group);
	}

}
