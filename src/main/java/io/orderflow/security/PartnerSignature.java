package io.orderflow.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * How carrier and payment partners sign what they send Orderflow:
 * {@code sha256=<hex HMAC-SHA256 of "<timestamp>.<raw body>">}. The timestamp header is
 * signed with the body, so an old delivery cannot be replayed with a fresh timestamp.
 * Inbound only: Orderflow's own webhooks are signed per Standard Webhooks
 * ({@code webhooks.WebhookSignature}).
 */
public final class PartnerSignature {

	private static final String PREFIX = "sha256=";

	private PartnerSignature() {
	}

	public static String sign(String timestamp, byte[] body, String secret) {
		return PREFIX + HexFormat.of().formatHex(hmac(timestamp, body, secret));
	}

	/**
	 * Compares in constant time, so the time taken reveals nothing about how much of a
	 * guess was right.
	 */
	public static boolean isValid(String timestamp, byte[] body, String header, String secret) {
		if (timestamp == null || header == null || !header.startsWith(PREFIX)) {
			return false;
		}
		byte[] given;
		try {
			given = HexFormat.of().parseHex(header.substring(PREFIX.length()));
		}
		catch (IllegalArgumentException notHex) {
			return false;
		}
		return MessageDigest.isEqual(hmac(timestamp, body, secret), given);
	}

	private static byte[] hmac(String timestamp, byte[] body, String secret) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			mac.update((timestamp + ".").getBytes(StandardCharsets.UTF_8));
			return mac.doFinal(body);
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("HmacSHA256 is not available", e);
		}
	}

}
