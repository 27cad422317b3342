package io.orderflow.order.web;

import java.math.BigDecimal;
import java.net.URI;
import java.security.Principal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;

import io.orderflow.order.CustomerReason;
import io.orderflow.order.OrderCancellation;
import io.orderflow.order.OrderDetails;
import io.orderflow.order.OrderPlacement;
import io.orderflow.order.OrderSearch;
import io.orderflow.order.OrderSearches;
import io.orderflow.order.OrderStatus;
import io.orderflow.order.OrderViews;
import io.orderflow.order.PlaceOrderRequest;
import io.orderflow.order.SalesChannel;
import io.orderflow.web.Idempotent;
import io.orderflow.web.InvalidRequestException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.lang.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/orders")
@Tag(name = "Orders")
class OrderController {

	private final OrderPlacement placement;

	private final OrderCancellation cancellation;

	private final OrderViews views;

	private final OrderSearches searches;

	OrderController(OrderPlacement placement, OrderCancellation cancellation, OrderViews views,
			OrderSearches searches) {
		this.placement = placement;
		this.cancellation = cancellation;
		this.views = views;
		this.searches = searches;
	}

	@PostMapping
	@Idempotent
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(operationId = "placeOrder", summary = "Place an order",
			description = "Prices the lines from the catalogue (a MARKETPLACE order may send its own unitPrice, taken "
					+ "within orderflow.pricing.marketplace-price-tolerance percent of it), checks the addresses "
					+ "against their country's rules and stores them normalised, stores the order and starts its "
					+ "lifecycle. A SKU on two lines is refused. An order sent again by the same channel with the "
					+ "same externalOrderId is answered 200 (not 201) with the first order, and nothing new is "
					+ "created. Invalid input is answered 400 naming the field and stores nothing.")
	ResponseEntity<OrderDetails> place(@Valid @RequestBody PlaceOrderRequest request) {
		OrderPlacement.Placement placed = placement.place(request);
		OrderDetails order = views.details(placed.orderNumber());
		return placed.created() ? ResponseEntity.created(URI.create("/api/orders/" + placed.orderNumber())).body(order)
				: ResponseEntity.ok(order);
	}

	@PostMapping("/{orderNumber}/cancel")
	@Idempotent
	@ResponseStatus(HttpStatus.OK)
	@Operation(operationId = "cancelOrder", summary = "Cancel an order that has not shipped",
			description = "Stops the order wherever it waits, releases its stock, voids the payment authorization and "
					+ "tells the customer. 200 with the cancelled order; 409 once anything has shipped or the order "
					+ "is already closed.")
	@ApiResponse(responseCode = "409", description = "Part of the order has shipped, or it is already closed")
	OrderDetails cancel(@PathVariable String orderNumber, @Valid @RequestBody CancelOrderRequest request,
			Principal caller) {
		cancellation.cancel(orderNumber, request.reason(), request.customerReason(), caller.getName());
		return views.details(orderNumber);
	}

	@GetMapping("/{orderNumber}")
	@Operation(operationId = "getOrder",
			summary = "An order with its lines, totals, payment status, shipments and timeline")
	OrderDetails get(@PathVariable String orderNumber) {
		return views.details(orderNumber);
	}

	@GetMapping
	@Operation(operationId = "listOrders", summary = "Search orders, newest first",
			description = "Every filter given must match. Sorted by placed time, newest first, then by order number "
					+ "(descending), so pages are stable. A date in placedFrom/placedTo is a whole day in UTC; "
					+ "placedFrom is inclusive, placedTo exclusive for an instant and inclusive for a date. "
					+ "An unknown parameter or a bad value is a 400 naming the parameter.")
	OrderPage list(
			@Parameter(description = "The start of the order number, e.g. OF-10") @RequestParam(
					required = false) String orderNumber,
			@Parameter(description = "The customer's e-mail address, in any case") @RequestParam(
					required = false) String email,
			@Parameter(description = "The start of the customer's name as ordered, in any case") @RequestParam(
					required = false) String name,
			@Parameter(description = "One or more statuses (repeat the parameter)") @RequestParam(
					required = false) List<OrderStatus> status,
			@RequestParam(required = false) SalesChannel channel,
			@Parameter(description = "An instant (2026-12-01T08:00:00Z) or a date (2026-12-01, from its start in UTC)",
					schema = @Schema(type = "string")) @RequestParam(required = false) String placedFrom,
			@Parameter(description = "An instant (exclusive) or a date (up to the end of that day in UTC, inclusive)",
					schema = @Schema(type = "string")) @RequestParam(required = false) String placedTo,
			@Parameter(description = "Only orders with an incident, an overdue task or another flag "
					+ "the order view lists under attention") @RequestParam(
							defaultValue = "false") boolean needsAttention,
			@RequestParam(defaultValue = "0") @Min(0) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
		Instant from = placedFrom == null ? null : SearchTimes.from("placedFrom", placedFrom);
		Instant to = placedTo == null ? null : SearchTimes.to("placedTo", placedTo);
		if (from != null && to != null && !from.isBefore(to)) {
			throw new InvalidRequestException("placedTo", "must be after placedFrom");
		}
		OrderSearch search = new OrderSearch(text("orderNumber", orderNumber), text("email", email), text("name", name),
				status == null ? Set.of() : Set.copyOf(status), channel, from, to, needsAttention);
		OrderSearches.Result result = searches.search(search, page, size);
		List<OrderSummary> content = result.orders()
			.stream()
			.map(o -> new OrderSummary(o.orderNumber(), o.status(), o.channel(), o.customer().name(),
					o.totals().grandTotal(), o.currency(), o.placedAt()))
			.toList();
		long total = result.total();
		return new OrderPage(content, page, size, total, (total + size - 1) / size);
	}

	/** A text filter given but blank would filter nothing: refused, not ignored. */
	private static String text(String parameter, String value) {
		if (value == null) {
			return null;
		}
		if (value.isBlank()) {
			throw new InvalidRequestException(parameter, "must not be blank");
		}
		return value.strip();
	}

	record OrderSummary(String orderNumber, OrderStatus status, SalesChannel channel, String customerName,
			BigDecimal grandTotal, String currency, OffsetDateTime placedAt) {
	}

	record CancelOrderRequest(
			@Schema(description = "Why the cancellation is asked for. Without customerReason these are the "
					+ "customer's own words and their mail repeats them; with it, they are for staff (the timeline) "
					+ "only.") @NotBlank @Size(max = 500) String reason,
			@Schema(description = "What the customer is told, as a code whose wording the store keeps; staff "
					+ "cancelling give one so that their reason stays internal.") @Nullable CustomerReason customerReason) {
	}

	record OrderPage(List<OrderSummary> content, int page, int size, long totalElements, long totalPages) {
	}

}
