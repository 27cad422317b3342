package io.orderflow.order;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.stereotype.Component;

/**
 * The links customers follow without an account. The tracking page's link carries a token
 * {@code <expiry>.<signature>}: the expiry in epoch seconds and an HMAC-SHA256, with
 * {@code orderflow.public-links.signing-key}, over the order number and that expiry. Who
 * holds the link sees that order until it expires; a changed key ends every link made
 * before. Nothing is stored per link.
 */
@Component
public class PublicLinks {

	/** The page a customer without a valid link is sent to: order number and e-mail. */
	public static final String FALLBACK_PATH = "/orders";

	private static final String ALGORITHM = "HmacSHA256";

	private static final Base64.Encoder BASE64 = Base64.getUrlEncoder().withoutPadding();

	private final String baseUrl;

	private final PublicLinkProperties properties;

	private final Clock clock;

	PublicLinks(PublicSite site, PublicLinkProperties properties, Clock clock) {
		this.baseUrl = baseUrl(site.publicBaseUrl());
		this.properties = properties;
		this.clock = clock;
	}

	/** The order's tracking page, signed to open it for {@code valid-for} from now. */
	public String trackingPage(String orderNumber) {
		long expiry = Instant.now(clock).plus(properties.validFor()).getEpochSecond();
		return page("/orders/" + encode(orderNumber)) + "?t=" + expiry + "." + signature(orderNumber, expiry);
	}

	/** A page of Orderflow's on the public host, such as {@link #FALLBACK_PATH}. */
	public String page(String path) {
		return baseUrl + path;
	}

	/** Whether {@code token} opens this order's page now. */
	public LinkCheck check(String orderNumber, String token) {
		if (token == null) {
			return LinkCheck.INVALID;
		}
		int dot = token.indexOf('.');
		if (dot <= 0 || dot == token.length() - 1) {
			return LinkCheck.INVALID;
		}
		long expiry;
		try {
			expiry = Long.parseLong(token.substring(0, dot));
		}
		catch (NumberFormatException notANumber) {
			return LinkCheck.INVALID;
		}
		byte[] expected = signature(orderNumber, expiry).getBytes(StandardCharsets.US_ASCII);
		byte[] given = token.substring(dot + 1).getBytes(StandardCharsets.US_ASCII);
		if (!MessageDigest.isEqual(expected, given)) {
			return LinkCheck.INVALID;
		}
		return Instant.now(clock).getEpochSecond() < expiry ? LinkCheck.VALID : LinkCheck.EXPIRED;
	}

	/**
	 * The carrier's own tracking page for a parcel, if
	 * {@code orderflow.public-links.carrier-tracking} names one for this carrier.
	 */
	public Optional<String> carrierTracking(String carrier, String trackingNumber) {
		if (carrier == null || trackingNumber == null) {
			return Optional.empty();
		}
		return properties.carrierTracking()
			.entrySet()
			.stream()
			.filter(entry -> entry.getKey().equalsIgnoreCase(carrier))
			.map(Map.Entry::getValue)
			.findFirst()
			.map(template -> template.replace("{trackingNumber}", encode(trackingNumber)));
	}

	private String signature(String orderNumber, long expiry) {
		String key = properties.signingKey();
		if (key == null || key.isBlank()) {
			throw new IllegalStateException("orderflow.public-links.signing-key is not set");
		}
		try {
			Mac mac = Mac.getInstance(ALGORITHM);
			mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), ALGORITHM));
			return BASE64.encodeToString(mac.doFinal((orderNumber + "\n" + expiry).getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException | InvalidKeyException impossible) {
			throw new IllegalStateException(impossible);
		}
	}

	/**
	 * The base without a trailing slash. Blank is left to the start-up check outside the
	 * demo profile ({@code ProductionSafety}), which names every missing setting at once.
	 */
	private static String baseUrl(String configured) {
		if (configured == null || configured.isBlank()) {
			return "";
		}
		URI uri = URI.create(configured.strip());
		if (!uri.isAbsolute() || !("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()))
				|| uri.getHost() == null) {
			throw new IllegalStateException(
					"orderflow.public-base-url must be an absolute http(s) URL such as https://orders.example.com, not "
							+ configured);
		}
		return configured.strip().replaceAll("/+$", "");
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
	}

}
