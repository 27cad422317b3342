package io.orderflow.order.web;

import java.math.BigDecimal;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import io.orderflow.order.OrderCancellation;
import io.orderflow.order.OrderDetails;
import io.orderflow.order.OrderPlacement;
import io.orderflow.order.OrderRepository;
import io.orderflow.order.OrderStatus;
import io.orderflow.order.OrderViews;
import io.orderflow.order.PlaceOrderRequest;
import io.orderflow.order.SalesChannel;
import io.orderflow.web.Idempotent;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
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

	private final OrderRepository repository;

	OrderController(OrderPlacement placement, OrderCancellation cancellation, OrderViews views,
			OrderRepository repository) {
		this.placement = placement;
		this.cancellation = cancellation;
		this.views = views;
		this.repository = repository;
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
	OrderDetails cancel(@PathVariable String orderNumber, @Valid @RequestBody CancelOrderRequest request) {
		cancellation.cancel(orderNumber, request.reason());
		return views.details(orderNumber);
	}

	@GetMapping("/{orderNumber}")
	@Operation(operationId = "getOrder",
			summary = "An order with its lines, totals, payment status, shipments and timeline")
	OrderDetails get(@PathVariable String orderNumber) {
		return views.details(orderNumber);
	}

	@GetMapping
	@Operation(operationId = "listOrders", summary = "Orders, newest first, optionally only those in one status")
	OrderPage list(@RequestParam Optional<OrderStatus> status, @RequestParam(defaultValue = "0") @Min(0) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
		long total = repository.count(status);
		List<OrderSummary> content = repository.page(status, page, size)
			.stream()
			.map(o -> new OrderSummary(o.orderNumber(), o.status(), o.channel(), o.customer().name(),
					o.totals().grandTotal(), o.currency(), o.placedAt()))
			.toList();
		return new OrderPage(content, page, size, total, (total + size - 1) / size);
	}

	record OrderSummary(String orderNumber, OrderStatus status, SalesChannel channel, String customerName,
			BigDecimal grandTotal, String currency, OffsetDateTime placedAt) {
	}

	record CancelOrderRequest(@NotBlank @Size(max = 500) String reason) {
	}

	record OrderPage(List<OrderSummary> content, int page, int size, long totalElements, long totalPages) {
	}

}
