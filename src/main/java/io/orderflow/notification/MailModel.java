package io.orderflow.notification;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.orderflow.inventory.BackorderEvent;
import io.orderflow.order.Order;
import io.orderflow.order.OrderChanged;
import io.orderflow.order.OrderEvent;
import io.orderflow.order.PublicLinks;
import io.orderflow.order.ShipmentSummary;
import io.orderflow.payment.PaymentEvent;
import io.orderflow.returns.ReturnEvent;
import io.orderflow.shipping.ShipmentEvent;

/**
 * What a mail template can show: the store, the order with its lines and totals, and what
 * the event adds (tracking number and link, expected delivery date, reason, amount,
 * return number, backorder decision). Plain values only; templates format nothing.
 */
final class MailModel {

	private MailModel() {
	}

	static Map<String, Object> of(OrderEvent event, Order order, List<ShipmentSummary> shipments, StoreProperties store,
			PublicLinks links, CustomerReasonTexts reasonTexts) {
		Map<String, Object> model = new HashMap<>();
		model.put("storeName", store.name());
		put(model, "storeLogoUrl", blankToNull(store.logoUrl()));
		model.put("orderNumber", order.orderNumber());
		model.put("customerName", order.customer().name());
		model.put("currency", order.currency());
		model.put("lines", order.lines()
			.stream()
			.filter(line -> line.quantity() > line.cancelledQuantity())
			.map(line -> Map.of("quantity", line.quantity() - line.cancelledQuantity(), "productName",
					line.productName(), "sku", line.sku(), "unitPrice", money(line.unitPrice()), "lineTotal",
					money(line.unitPrice().multiply(BigDecimal.valueOf(line.quantity() - line.cancelledQuantity())))))
			.toList());
		model.put("subtotal", money(order.totals().subtotal()));
		model.put("shipping", money(order.totals().shipping()));
		model.put("tax", money(order.totals().tax()));
		model.put("grandTotal", money(order.totals().grandTotal()));
		model.put("trackingUrl", links.trackingPage(order.orderNumber()));
		model.put("shipments", shipments.stream().map(shipment -> parcel(shipment, links)).toList());
		addFacts(model, event, links, reasonTexts);
		return model;
	}

	/** What the event adds, by the names the templates use; an empty fact is left out. */
	private static void addFacts(Map<String, Object> model, OrderEvent event, PublicLinks links,
			CustomerReasonTexts reasonTexts) {
		if (event instanceof OrderChanged changed) {
			put(model, "status", changed.status());
			put(model, "reason",
					changed.customerReason() == null ? changed.reason() : reasonTexts.text(changed.customerReason()));
			put(model, "cancellationCause", changed.cancellationCause());
			put(model, "expectedDeliveryDate", changed.expectedDeliveryDate());
		}
		else if (event instanceof PaymentEvent payment) {
			put(model, "amount", money(payment.amount()));
			put(model, "currency", payment.currency());
			put(model, "reason", payment.reason());
			put(model, "returnNumber", payment.returnNumber());
		}
		else if (event instanceof ShipmentEvent shipment) {
			put(model, "shipmentKey", shipment.shipmentKey());
			put(model, "carrier", shipment.carrier());
			put(model, "service", shipment.service());
			put(model, "trackingNumber", shipment.trackingNumber());
			put(model, "expectedDeliveryDate", shipment.expectedDeliveryDate());
			links.carrierTracking(shipment.carrier(), shipment.trackingNumber())
				.ifPresent(url -> model.put("carrierTrackingUrl", url));
		}
		else if (event instanceof ReturnEvent returned) {
			put(model, "returnNumber", returned.returnNumber());
			put(model, "reason", returned.reason());
		}
		else if (event instanceof BackorderEvent backorder) {
			put(model, "decision", backorder.decision());
		}
	}

	private static void put(Map<String, Object> model, String name, Object value) {
		if (value != null) {
			model.put(name, value);
		}
	}

	private static String money(BigDecimal amount) {
		return amount == null ? null : amount.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
	}

	private static Map<String, Object> parcel(ShipmentSummary shipment, PublicLinks links) {
		Map<String, Object> parcel = new HashMap<>();
		parcel.put("carrier", shipment.carrier());
		parcel.put("trackingNumber", shipment.trackingNumber());
		links.carrierTracking(shipment.carrier(), shipment.trackingNumber())
			.ifPresent(url -> parcel.put("carrierTrackingUrl", url));
		return parcel;
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value;
	}

}
