package io.orderflow.payment.web;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

import io.orderflow.payment.BankTransfers;
import io.orderflow.payment.PaymentEvent;
import io.orderflow.security.SignedJson;
import io.orderflow.web.PublicEndpoint;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The bank (or payment provider) reports received transfers here, signed like the carrier
 * webhook.
 */
@RestController
@Tag(name = "Payment webhook")
class PaymentEventController {

	private final BankTransfers transfers;

	private final SignedJson signedJson;

	private final String secret;

	PaymentEventController(BankTransfers transfers, SignedJson signedJson,
			@Value("${orderflow.payment.webhook-secret}") String secret) {
		this.transfers = transfers;
		this.signedJson = signedJson;
		this.secret = secret;
	}

	/** Signed by the bank or payment provider instead of an API account. */
	@Bean
	static PublicEndpoint paymentEventsEndpoint() {
		return PublicEndpoint.signedWebhook("/api/payment-events");
	}

	@PostMapping(path = "/api/payment-events", consumes = MediaType.APPLICATION_JSON_VALUE)
	@ResponseStatus(HttpStatus.OK)
	@Operation(operationId = "postPaymentEvent",
			summary = "Report a bank transfer received for an order waiting for one",
			description = "Signed like the carrier webhook (X-Orderflow-Timestamp, X-Orderflow-Signature). "
					+ "401 for a bad signature or stale timestamp, 404 for an unknown order, 409 when the order waits for no transfer, "
					+ "400 when the amount is not the grand total. A repeated event id is acknowledged and ignored.",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(
					content = @Content(schema = @Schema(implementation = PaymentEvent.class))))
	@ApiResponse(responseCode = "400", description = "Invalid event, or the amount is not the order's grand total")
	@ApiResponse(responseCode = "404", description = "No such order")
	@ApiResponse(responseCode = "409", description = "The order is not waiting for a bank transfer")
	PaymentEventAccepted receive(@RequestBody byte[] body,
			@RequestHeader(name = SignedJson.TIMESTAMP_HEADER, required = false) String timestamp,
			@RequestHeader(name = SignedJson.SIGNATURE_HEADER, required = false) String signature) {
		SignedJson.Delivery<PaymentEvent> delivery = signedJson.read(body, timestamp, signature, secret,
				PaymentEvent.class);
		PaymentEvent event = delivery.value();
		boolean first;
		try {
			first = !delivery.replay() && transfers.received(event.eventId(), event.orderNumber(), event.amount());
		}
		catch (DuplicateKeyException sameReportAtOnce) {
			// The same event arrived at the same moment on another node, which recorded
			// it; this
			// copy was rolled back whole.
			first = false;
		}
		signedJson.remember(delivery);
		return new PaymentEventAccepted(event.eventId(),
				first ? PaymentEventResult.PROCESSED : PaymentEventResult.DUPLICATE);
	}

	record PaymentEvent(@NotBlank @Size(max = 100) String eventId, @NotBlank @Size(max = 32) String orderNumber,
			@NotNull @DecimalMin("0.01") @Digits(integer = 10, fraction = 2) BigDecimal amount,
			@NotNull OffsetDateTime occurredAt) {
	}

	record PaymentEventAccepted(String eventId, PaymentEventResult result) {
	}

	/** {@code DUPLICATE}: the event id was reported before; nothing was done again. */
	enum PaymentEventResult {

		PROCESSED, DUPLICATE

	}

}
