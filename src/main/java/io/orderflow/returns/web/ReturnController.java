package io.orderflow.returns.web;

import java.math.BigDecimal;
import java.net.URI;
import java.security.Principal;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.orderflow.returns.ItemCondition;
import io.orderflow.returns.ReturnDesk;
import io.orderflow.returns.ReturnReason;
import io.orderflow.returns.ReturnRequest;
import io.orderflow.returns.ReturnStatus;
import io.orderflow.returns.Returns;
import io.orderflow.web.Idempotent;
import io.orderflow.web.InvalidRequestException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.lang.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Returns")
class ReturnController {

	private final ReturnDesk desk;

	private final Returns returns;

	ReturnController(ReturnDesk desk, Returns returns) {
		this.desk = desk;
		this.returns = returns;
	}

	@PostMapping("/api/orders/{orderNumber}/returns")
	@Idempotent
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(operationId = "requestReturn", summary = "Request a return of delivered items",
			description = "201 with the return; the return policy then approves it (a label is sent), rejects it, or "
					+ "hands it to customer service. 400 when a line is not on the order or more would come back "
					+ "than was shipped; 409 unless the order is DELIVERED and within its return window.")
	@ApiResponse(responseCode = "409", description = "The order is not DELIVERED or its return window has closed")
	ResponseEntity<ReturnView> request(@PathVariable String orderNumber, @Valid @RequestBody ReturnBody body,
			Principal caller) {
		Map<String, Integer> quantities = new LinkedHashMap<>();
		for (int i = 0; i < body.lines().size(); i++) {
			ReturnBody.Line line = body.lines().get(i);
			if (quantities.putIfAbsent(line.sku(), line.quantity()) != null) {
				throw new InvalidRequestException("lines[" + i + "].sku", "is listed twice");
			}
		}
		String returnNumber = desk.open(orderNumber, body.reason(), body.comment(), quantities, caller.getName());
		return ResponseEntity.created(URI.create("/api/returns/" + returnNumber)).body(view(returnNumber));
	}

	@GetMapping("/api/returns/{returnNumber}")
	@Operation(operationId = "getReturn", summary = "A return with its lines, status, label and refund")
	ReturnView get(@PathVariable String returnNumber) {
		return view(returnNumber);
	}

	@PostMapping("/api/returns/{returnNumber}/receipt")
	@Idempotent
	@ResponseStatus(HttpStatus.ACCEPTED)
	@Operation(operationId = "receiveReturnParcel",
			summary = "The warehouse received the parcel of an approved return; it goes to inspection",
			description = "202; 409 unless the return is APPROVED: with `retryable: true` while the return is "
					+ "still being decided (REQUESTED), so the same request (and Idempotency-Key) may be sent again; "
					+ "final for a rejected, expired or already received return.")
	@ApiResponse(responseCode = "409", description = "The return is not APPROVED")
	ResponseEntity<ReturnView> receipt(@PathVariable String returnNumber) {
		desk.receive(returnNumber);
		return ResponseEntity.accepted().body(view(returnNumber));
	}

	private ReturnView view(String returnNumber) {
		ReturnRequest request = returns.get(returnNumber);
		return new ReturnView(request.returnNumber(), request.orderNumber(), request.status(), request.reason(),
				request.comment(), request.lines(), request.labelTrackingNumber(), request.itemCondition(),
				request.status() == ReturnStatus.REFUNDED ? request.refundAmount() : returns.refundDue(request),
				request.requestedAt());
	}

	record ReturnBody(@NotNull ReturnReason reason, @Nullable @Size(max = 500) String comment,
			@NotEmpty @Size(max = 100) List<@Valid @NotNull Line> lines) {

		@Schema(name = "ReturnLineRequest")
		record Line(@NotBlank @Size(max = 64) String sku, @Min(1) @Max(10_000) int quantity) {
		}

	}

	/**
	 * {@code refundAmount} is what is due until the refund is made, then what was
	 * refunded.
	 */
	record ReturnView(String returnNumber, String orderNumber, ReturnStatus status, ReturnReason reason,
			@Nullable String comment, List<ReturnRequest.ReturnedLine> lines, @Nullable String labelTrackingNumber,
			@Nullable ItemCondition itemCondition, BigDecimal refundAmount, OffsetDateTime requestedAt) {
	}

}
