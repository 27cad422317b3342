package io.orderflow.notification;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * The {@code Message-ID} of a customer mail, derived from the event and the recipient
 * (the message's dedupe key): every attempt to send the same message, on any node, sends
 * the same id, so a receiving system recognises a repeat as the same mail.
 */
final class MessageIds {

	private MessageIds() {
	}

	/** {@code <OF-100001.order-confirmed.<hash>@<the store's mail domain>>}. */
	static String of(String orderNumber, String eventType, String dedupeKey, String mailFrom) {
		return "<" + orderNumber + "." + eventType.toLowerCase(Locale.ROOT).replace('_', '-') + "."
				+ sha256(dedupeKey).substring(0, 24) + "@" + domain(mailFrom) + ">";
	}

	private static String domain(String mailFrom) {
		String address = mailFrom.contains("<") ? mailFrom.substring(mailFrom.indexOf('<') + 1) : mailFrom;
		address = address.replace(">", "").trim();
		int at = address.lastIndexOf('@');
		return at < 0 || at == address.length() - 1 ? "orderflow.invalid" : address.substring(at + 1);
	}

	private static String sha256(String text) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every JVM", ex);
		}
	}

}
