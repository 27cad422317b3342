package io.orderflow.order.web;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

import io.orderflow.order.Order;
import io.orderflow.order.OrderRepository;
import io.orderflow.order.OrderStatus;
import io.orderflow.order.ShipmentSummary;
import io.orderflow.order.ShippingMethod;
import io.orderflow.order.spi.OrderDetailsSources.ShipmentSource;
import io.orderflow.order.spi.PersonalData;
import io.orderflow.web.NotFoundException;
import io.orderflow.web.PublicEndpoint;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.context.annotation.Bean;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The customer's own view of an order, for a shop's "where is my order" page: open to
 * anyone who knows the order number and the e-mail address it was placed with. It shows
 * what a customer may see of their order; no address, no payment details, no internal
 * timeline.
 */
@RestController
@Tag(name = "Tracking")
class OrderTrackingController {

	private final OrderRepository repository;

	private final ShipmentSource shipments;

	OrderTrackingController(OrderRepository repository, ShipmentSource shipments) {
		this.repository = repository;
		this.shipments = shipments;
	}

	/** Open to anyone, limited per source address. */
	@Bean
	static PublicEndpoint trackingEndpoint() {
		return PublicEndpoint.open("/api/tracking/**");
	}

	@GetMapping("/api/tracking/{orderNumber}")
	@Operation(operationId = "trackOrder",
			summary = "Status and parcels of an order, for its customer (no authentication)",
			description = "404 unless the order exists and was placed with this e-mail address; the answer does not "
					+ "tell which of the two did not match.")
	Tracking track(@PathVariable String orderNumber, @RequestParam String email) {
		Order order = repository.find(orderNumber)
			.filter(found -> found.customer().email().equalsIgnoreCase(email.strip()))
			// An anonymised order has no customer left to track it.
			.filter(found -> !found.customer().email().equals(PersonalData.ANONYMISED_EMAIL))
			.orElseThrow(
					() -> new NotFoundException("No order " + orderNumber + " was placed with this e-mail address."));
		return new Tracking(order.orderNumber(), order.status(), order.placedAt(), order.shippingMethod(),
				order.lines()
					.stream()
					.map(line -> new TrackedLine(line.productName(), line.quantity(), line.cancelledQuantity(),
							line.shippedQuantity()))
					.toList(),
				order.totals().grandTotal(), order.currency(), shipments.shipments(orderNumber));
	}

	record Tracking(String orderNumber, OrderStatus status, OffsetDateTime placedAt, ShippingMethod shippingMethod,
			List<TrackedLine> lines, BigDecimal grandTotal, String currency, List<ShipmentSummary> shipments) {
	}

	record TrackedLine(String product, int quantity, int cancelled, int shipped) {
	}

}
