package io.orderflow.shipping;

import java.io.IOException;
import java.time.OffsetDateTime;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.orderflow.system.InvalidRequestException;
import io.orderflow.system.JsonPaths;
import io.orderflow.system.UnauthenticatedException;
import io.orderflow.system.WebhookSignature;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.ConstraintViolation;
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

	static final String SIGNATURE_HEADER = "X-Orderflow-Signature";

	private final Shipments shipments;

	private final ObjectMapper json;

	private final Validator validator;

	private final String secret;

	CarrierEventController(Shipments shipments, ObjectMapper json, Validator validator,
			@Value("${orderflow.carrier.webhook-secret}") String secret) {
		this.shipments = shipments;
		this.json = json;
		this.validator = validator;
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
					name = SIGNATURE_HEADER, required = false) String signature) {
		if (!WebhookSignature.isValid(body, signature, secret)) {
			throw new UnauthenticatedException("Missing or invalid " + SIGNATURE_HEADER + " header");
		}
		CarrierEvent event = parse(body);
		ShipmentStatus status = shipments.recordCarrierEvent(event.trackingNumber(), event.type().shipmentStatus(),
				event.occurredAt());
		return new CarrierEventAccepted(event.trackingNumber(), status);
	}

	private CarrierEvent parse(byte[] body) {
		CarrierEvent event;
		try {
			event = json.readValue(body, CarrierEvent.class);
		}
		catch (JsonMappingException e) {
			throw new InvalidRequestException(JsonPaths.of(e), "has an invalid value: " + e.getOriginalMessage());
		}
		catch (IOException e) {
			throw new InvalidRequestException("body", "is not valid JSON");
		}
		if (event == null) {
			throw new InvalidRequestException("body", "is empty");
		}
		Set<ConstraintViolation<CarrierEvent>> violations = validator.validate(event);
		if (!violations.isEmpty()) {
			ConstraintViolation<CarrierEvent> first = violations.iterator().next();
			throw new InvalidRequestException(first.getPropertyPath().toString(), first.getMessage());
		}
		return event;
	}

	record CarrierEvent(@NotBlank @Size(max = 64) String trackingNumber, @NotNull CarrierEventType type,
			@NotNull OffsetDateTime occurredAt) {
	}

	record CarrierEventAccepted(String trackingNumber, ShipmentStatus shipmentStatus) {
	}

}
