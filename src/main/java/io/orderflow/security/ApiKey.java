package io.orderflow.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An API key: {@code ofk_<clientId>_<secret>}. The client id says which record to check,
 * so a key is verified by one lookup and one hash; the secret is 32 random bytes, too
 * many to guess, so a fast hash (SHA-256) is enough to keep a leaked table useless.
 */
record ApiKey(String clientId, String secret) {

	static final String PREFIX = "ofk_";

	private static final Pattern FORMAT = Pattern.compile("ofk_(cli_[a-z0-9]{16})_([A-Za-z0-9_-]{43})");

	private static final SecureRandom RANDOM = new SecureRandom();

	static ApiKey generate() {
		byte[] id = new byte[8];
		byte[] secret = new byte[32];
		RANDOM.nextBytes(id);
		RANDOM.nextBytes(secret);
		return new ApiKey("cli_" + HexFormat.of().formatHex(id),
				Base64.getUrlEncoder().withoutPadding().encodeToString(secret));
	}

	/** The key a client presents, if it has the format of one. */
	static Optional<ApiKey> parse(String presented) {
		Matcher matcher = FORMAT.matcher(presented == null ? "" : presented);
		return matcher.matches() ? Optional.of(new ApiKey(matcher.group(1), matcher.group(2))) : Optional.empty();
	}

	static boolean looksLikeOne(String token) {
		return token != null && token.startsWith(PREFIX);
	}

	String value() {
		return PREFIX + clientId + "_" + secret;
	}

	/** Hex SHA-256 of the secret: all that is stored. */
	String secretHash() {
		return hash(secret);
	}

	/** Compares in constant time, so the answer's timing tells nothing about the hash. */
	boolean matches(String storedHash) {
		return MessageDigest.isEqual(secretHash().getBytes(StandardCharsets.US_ASCII),
				storedHash.getBytes(StandardCharsets.US_ASCII));
	}

	static String hash(String text) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("Every Java runtime has SHA-256", e);
		}
	}

	/** Never the secret: records are logged and shown in debuggers. */
	@Override
	public String toString() {
		return PREFIX + clientId + "_***";
	}

}
