package io.orderflow.order.web;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

import io.orderflow.order.OrderStatus;

/**
 * What the customer's pages call statuses and events: plain words, chosen by status and
 * timeline kind, never taken from the staff's timeline messages. An event kind missing
 * here (risk scores, stock, staff tasks) is not shown to the customer.
 */
final class CustomerWords {

	private static final Map<OrderStatus, String> ORDER_STATUSES = new EnumMap<>(Map.ofEntries(
			Map.entry(OrderStatus.PLACED, "Received"), Map.entry(OrderStatus.UNDER_REVIEW, "Being checked"),
			Map.entry(OrderStatus.BACKORDERED, "Waiting for stock"),
			Map.entry(OrderStatus.AWAITING_PAYMENT, "Waiting for your payment"),
			Map.entry(OrderStatus.CONFIRMED, "Confirmed"), Map.entry(OrderStatus.IN_FULFILLMENT, "Being packed"),
			Map.entry(OrderStatus.SHIPPED, "On its way"), Map.entry(OrderStatus.DELIVERED, "Delivered"),
			Map.entry(OrderStatus.COMPLETED, "Completed"), Map.entry(OrderStatus.REJECTED, "Not accepted"),
			Map.entry(OrderStatus.CANCELLED, "Cancelled")));

	/** By {@code ShipmentStatus} name. */
	private static final Map<String, String> PARCEL_STATUSES = Map.ofEntries(
			Map.entry("LABEL_CREATED", "Being prepared for the carrier"),
			Map.entry("HANDED_OVER", "Handed to the carrier"), Map.entry("IN_TRANSIT", "In transit"),
			Map.entry("OUT_FOR_DELIVERY", "Out for delivery"),
			Map.entry("DELIVERY_ATTEMPTED", "Delivery attempted, nobody was in"), Map.entry("DELIVERED", "Delivered"),
			Map.entry("EXCEPTION", "Delayed: the carrier reported a problem"),
			Map.entry("RETURNED_TO_SENDER", "On its way back to us"), Map.entry("LOST", "Lost by the carrier"),
			Map.entry("RESHIPPED", "Replaced by a new parcel"), Map.entry("REFUNDED", "Refunded"),
			Map.entry("CANCELLED", "Cancelled"));

	/** By timeline kind name: the events of the order's history a customer sees. */
	private static final Map<String, String> EVENTS = Map.ofEntries(Map.entry("PLACED", "Order received"),
			Map.entry("UNDER_REVIEW", "We are checking your order"), Map.entry("BACKORDERED", "Waiting for stock"),
			Map.entry("AWAITING_PAYMENT", "Waiting for your payment"), Map.entry("CONFIRMED", "Order confirmed"),
			Map.entry("IN_FULFILLMENT", "Being picked and packed"), Map.entry("LINES_CANCELLED", "Items cancelled"),
			Map.entry("SHIPPED", "Handed to the carrier"), Map.entry("CARRIER_IN_TRANSIT", "Parcel in transit"),
			Map.entry("CARRIER_OUT_FOR_DELIVERY", "Parcel out for delivery"),
			Map.entry("CARRIER_DELIVERY_ATTEMPTED", "Delivery attempted"),
			Map.entry("CARRIER_DELIVERED", "Parcel delivered"),
			Map.entry("CARRIER_EXCEPTION", "The carrier reported a problem"),
			Map.entry("CARRIER_RETURNED_TO_SENDER", "Parcel on its way back to us"),
			Map.entry("CARRIER_LOST", "Parcel lost by the carrier"), Map.entry("DELIVERED", "Order delivered"),
			Map.entry("COMPLETED", "Order completed"), Map.entry("REJECTED", "Order not accepted"),
			Map.entry("CANCELLED", "Order cancelled"), Map.entry("RETURN_REQUESTED", "Return requested"),
			Map.entry("RETURN_APPROVED", "Return approved"), Map.entry("RETURN_REJECTED", "Return not accepted"),
			Map.entry("RETURN_RECEIVED", "Returned parcel received"),
			Map.entry("RETURN_EXPIRED", "Return closed: no parcel arrived"),
			Map.entry("RETURN_REFUNDED", "Return refunded"), Map.entry("PAYMENT_REFUNDED", "Money refunded"));

	/** The events that belong under "Returns and refunds" as well. */
	private static final Set<String> RETURNS_AND_REFUNDS = Set.of("RETURN_REQUESTED", "RETURN_APPROVED",
			"RETURN_REJECTED", "RETURN_RECEIVED", "RETURN_EXPIRED", "RETURN_REFUNDED", "PAYMENT_REFUNDED");

	private CustomerWords() {
	}

	static String of(OrderStatus status) {
		return ORDER_STATUSES.get(status);
	}

	static String parcel(String shipmentStatus) {
		return PARCEL_STATUSES.getOrDefault(shipmentStatus, "In progress");
	}

	static boolean shows(String eventKind) {
		return EVENTS.containsKey(eventKind);
	}

	static String event(String eventKind) {
		return EVENTS.get(eventKind);
	}

	static boolean isReturnOrRefund(String eventKind) {
		return RETURNS_AND_REFUNDS.contains(eventKind);
	}

}
