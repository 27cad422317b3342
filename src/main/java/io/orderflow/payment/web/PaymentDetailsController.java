package io.orderflow.payment.web;

import io.orderflow.order.OrderDetails;
import io.orderflow.order.OrderViews;
import io.orderflow.order.PaymentMethod;
import io.orderflow.payment.PaymentDetailsUpdate;
import io.orderflow.web.Idempotent;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.lang.Nullable;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Orders")
class PaymentDetailsController {

	private final PaymentDetailsUpdate update;

	private final OrderViews views;

	PaymentDetailsController(PaymentDetailsUpdate update, OrderViews views) {
		this.update = update;
		this.views = views;
	}

	@PostMapping("/api/orders/{orderNumber}/payment")
	@Idempotent
	@ResponseStatus(HttpStatus.ACCEPTED)
	@Operation(operationId = "updatePaymentDetails",
			summary = "New payment details for an order AWAITING_PAYMENT after a decline; the payment is retried",
			description = "202 when accepted; 409 when the order is not waiting for payment details.")
	@ApiResponse(responseCode = "409", description = "The order is not waiting for new payment details")
	ResponseEntity<OrderDetails> updatePayment(@PathVariable String orderNumber,
			@Valid @RequestBody PaymentDetails payment) {
		update.update(orderNumber, payment.method(), payment.token());
		return ResponseEntity.accepted().body(views.details(orderNumber));
	}

	/** The same shape as an order's {@code payment}. */
	record PaymentDetails(@NotNull PaymentMethod method, @Nullable @Size(max = 128) String token) {
	}

}
