package io.orderflow.system;

import java.io.IOException;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

/** Reads a webhook delivery: first the signature of the raw body (401), then the JSON and its constraints (400). */
public class SignedJson {

	public static final String SIGNATURE_HEADER = "X-Orderflow-Signature";

	private final ObjectMapper json;

	private final Validator validator;

	public SignedJson(ObjectMapper json, Validator validator) {
		this.json = json;
		this.validator = validator;
	}

	public <T> T read(byte[] body, String signature, String secret, Class<T> type) {
		if (!WebhookSignature.isValid(body, signature, secret)) {
			throw new UnauthenticatedException("Missing or invalid " + SIGNATURE_HEADER + " header");
		}
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
