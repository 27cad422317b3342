package io.orderflow.shipping;

import java.time.OffsetDateTime;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.orderflow.system.SignedJson;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/** Carriers report parcel progress here. Authenticated by an HMAC signature of the raw body, not by a user. */
@RestController
@Tag(name = "Carrier webhook")
class CarrierEventController {

	private final Shipments shipments;

	private final SignedJson signedJson;

	private final String secret;

	CarrierEventController(Shipments shipments, ObjectMapper json, Validator validator,
			@Value("${orderflow.carrier.webhook-secret}") String secret) {
		this.shipments = shipments;
		this.signedJson = new SignedJson(json, validator);
		this.secret = secret;
	}

	@PostMapping(path = "/api/carrier-events", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Report a carrier event for a shipment",
			description = "Signed with header X-Orderflow-Signature: sha256=<hex HMAC-SHA256 of the raw body>. "
					+ "401 for a missing or wrong signature, 404 for an unknown tracking number.",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(
					content = @Content(schema = @Schema(implementation = CarrierEvent.class))))
	CarrierEventAccepted receive(@RequestBody byte[] body,
			@Parameter(description = "sha256=<hex HMAC-SHA256 of the raw body>") @RequestHeader(
					name = SignedJson.SIGNATURE_HEADER, required = false) String signature) {
		CarrierEvent event = signedJson.read(body, signature, secret, CarrierEvent.class);
		ShipmentStatus status = shipments.recordCarrierEvent(event.trackingNumber(), event.type().shipmentStatus(),
				event.occurredAt());
		return new CarrierEventAccepted(event.trackingNumber(), status);
	}

	record CarrierEvent(@NotBlank @Size(max = 64) String trackingNumber, @NotNull CarrierEventType type,
			@NotNull OffsetDateTime occurredAt) {
	}

	record CarrierEventAccepted(String trackingNumber, ShipmentStatus shipmentStatus) {
	}

}
