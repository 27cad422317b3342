package io.orderflow.shipping.web;

import java.time.OffsetDateTime;

import io.orderflow.security.SignedJson;
import io.orderflow.shipping.CarrierEventType;
import io.orderflow.shipping.CarrierEvents;
import io.orderflow.shipping.ShipmentStatus;
import io.orderflow.web.PublicEndpoint;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.lang.Nullable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Carriers report parcel progress here. Authenticated by an HMAC signature of the raw
 * body, not by a user.
 */
@RestController
@Tag(name = "Carrier webhook")
class CarrierEventController {

	private final CarrierEvents carrierEvents;

	private final SignedJson signedJson;

	private final String secret;

	CarrierEventController(CarrierEvents carrierEvents, SignedJson signedJson,
			@Value("${orderflow.carrier.webhook-secret}") String secret) {
		this.carrierEvents = carrierEvents;
		this.signedJson = signedJson;
		this.secret = secret;
	}

	/** Signed by the carrier instead of an API account. */
	@Bean
	static PublicEndpoint carrierEventsEndpoint() {
		return PublicEndpoint.signedWebhook("/api/carrier-events");
	}

	@PostMapping(path = "/api/carrier-events", consumes = MediaType.APPLICATION_JSON_VALUE)
	@ResponseStatus(HttpStatus.OK)
	@Operation(operationId = "postCarrierEvent", summary = "Report a carrier event for a shipment",
			description = "Signed: X-Orderflow-Timestamp (Unix seconds) and X-Orderflow-Signature: "
					+ "sha256=<hex HMAC-SHA256 of \"<timestamp>.<raw body>\">. 401 for a missing or wrong signature "
					+ "or a timestamp more than 5 minutes off, 404 for an unknown tracking number, 400 (nothing stored) for an "
					+ "occurredAt in the future or before the parcel's label was created (each beyond "
					+ "orderflow.carrier.event-clock-skew). The return window counts from a DELIVERED event's "
					+ "occurredAt. A replayed delivery is "
					+ "acknowledged and ignored; the same event (tracking number, type, occurredAt) twice is answered "
					+ "duplicate and stored once. Events count in the order they occurred; a delivered parcel no longer "
					+ "moves. DELIVERED for a shipment that requires a signature, without signedBy, is recorded as "
					+ "DELIVERY_ATTEMPTED.",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(
					content = @Content(schema = @Schema(implementation = CarrierEvent.class))))
	@ApiResponse(responseCode = "404", description = "No shipment has this tracking number")
	CarrierEventAccepted receive(@RequestBody byte[] body,
			@Parameter(description = "Unix seconds when the delivery was signed") @RequestHeader(
					name = SignedJson.TIMESTAMP_HEADER, required = false) String timestamp,
			@Parameter(description = "sha256=<hex HMAC-SHA256 of \"<timestamp>.<raw body>\">") @RequestHeader(
					name = SignedJson.SIGNATURE_HEADER, required = false) String signature) {
		SignedJson.Delivery<CarrierEvent> delivery = signedJson.read(body, timestamp, signature, secret,
				CarrierEvent.class);
		CarrierEvent event = delivery.value();
		if (delivery.replay()) {
			return new CarrierEventAccepted(event.trackingNumber(), null, true, false);
		}
		CarrierEvents.Outcome outcome = carrierEvents.record(event.trackingNumber(), event.type(), event.occurredAt(),
				event.signedBy(), event.detail());
		signedJson.remember(delivery);
		return new CarrierEventAccepted(event.trackingNumber(), outcome.shipmentStatus(), false, outcome.duplicate());
	}

	record CarrierEvent(@NotBlank @Size(max = 64) String trackingNumber, @NotNull CarrierEventType type,
			@NotNull OffsetDateTime occurredAt,
			@Nullable @Schema(description = "Who signed for a DELIVERED parcel") @Size(max = 100) String signedBy,
			@Nullable @Schema(description = "The carrier's words, e.g. why delivery failed") @Size(
					max = 500) String detail) {
	}

	/**
	 * Without {@code shipmentStatus} when the delivery was a replay, which changed
	 * nothing.
	 */
	record CarrierEventAccepted(String trackingNumber, @Nullable ShipmentStatus shipmentStatus, boolean replay,
			boolean duplicate) {
	}

}
