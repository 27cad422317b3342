package io.orderflow.security;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.orderflow.web.InvalidRequestException;
import io.orderflow.web.JsonPaths;
import io.orderflow.web.PublicEndpoint;
import io.orderflow.web.UnauthenticatedException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.springframework.stereotype.Component;

/**
 * Reads the partners' webhook deliveries (carrier and payment events, signed by
 * {@link PartnerSignature}): signature and freshness first (401), then JSON and its
 * constraints (400). A delivery seen before (same signature) is reported as a replay so
 * the caller can acknowledge it without acting again.
 */
@Component
public class SignedJson {

	public static final String SIGNATURE_HEADER = PublicEndpoint.SIGNATURE_HEADER;

	public static final String TIMESTAMP_HEADER = PublicEndpoint.TIMESTAMP_HEADER;

	static final Duration MAX_AGE = Duration.ofMinutes(5);

	private final ObjectMapper json;

	private final Validator validator;

	private final PartnerEventReplays replays;

	private final Clock clock;

	SignedJson(ObjectMapper json, Validator validator, PartnerEventReplays replays, Clock clock) {
		this.json = json;
		this.validator = validator;
		this.replays = replays;
		this.clock = clock;
	}

	public record Delivery<T>(T value, String signature, boolean replay) {
	}

	public <T> Delivery<T> read(byte[] body, String timestamp, String signature, String secret, Class<T> type) {
		if (!PartnerSignature.isValid(timestamp, body, signature, secret)) {
			throw new UnauthenticatedException("Missing or invalid " + SIGNATURE_HEADER + " or " + TIMESTAMP_HEADER);
		}
		if (!fresh(timestamp)) {
			throw new UnauthenticatedException(TIMESTAMP_HEADER + " is more than " + MAX_AGE.toMinutes()
					+ " minutes away from now; deliveries are accepted only fresh");
		}
		return new Delivery<>(parse(body, type), signature, replays.seen(signature));
	}

	/**
	 * Call once a delivery has been acted on; its replays are then acknowledged and
	 * ignored.
	 */
	public void remember(Delivery<?> delivery) {
		OffsetDateTime now = OffsetDateTime.now(clock);
		replays.remember(delivery.signature(), now, now.minus(MAX_AGE.multipliedBy(2)));
	}

	private boolean fresh(String timestamp) {
		try {
			Instant sent = Instant.ofEpochSecond(Long.parseLong(timestamp));
			return Duration.between(sent, clock.instant()).abs().compareTo(MAX_AGE) <= 0;
		}
		catch (NumberFormatException notSeconds) {
			return false;
		}
	}

	private <T> T parse(byte[] body, Class<T> type) {
		T value;
		try {
			value = json.readValue(body, type);
		}
		catch (JsonMappingException e) {
			throw new InvalidRequestException(JsonPaths.of(e), "has an invalid value: " + e.getOriginalMessage());
		}
		catch (IOException e) {
			throw new InvalidRequestException("body", "is not valid JSON");
		}
		if (value == null) {
			throw new InvalidRequestException("body", "is empty");
		}
		Set<ConstraintViolation<T>> violations = validator.validate(value);
		if (!violations.isEmpty()) {
			ConstraintViolation<T> first = violations.iterator().next();
			throw new InvalidRequestException(first.getPropertyPath().toString(), first.getMessage());
		}
		return value;
	}

}
