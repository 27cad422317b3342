package io.orderflow.webhooks;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;

import io.orderflow.web.InvalidRequestException;
import org.springframework.stereotype.Component;

/**
 * Keeps webhooks from reaching internal services: a target must be an absolute https URL
 * whose host resolves only to public addresses (no loopback, private, link-local,
 * multicast or wildcard address). Checked when a subscription is registered and again
 * before every delivery, so a host that later resolves elsewhere is refused too.
 */
@Component
class TargetUrlPolicy {

	static final String FIELD = "targetUrl";

	private final WebhookProperties properties;

	TargetUrlPolicy(WebhookProperties properties) {
		this.properties = properties;
	}

	URI check(String url) {
		URI uri;
		try {
			uri = new URI(url);
		}
		catch (URISyntaxException ex) {
			throw new InvalidRequestException(FIELD, "is not a URL");
		}
		String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase();
		boolean https = scheme.equals("https");
		if (!https && !(properties.allowHttp() && scheme.equals("http"))) {
			throw new InvalidRequestException(FIELD,
					properties.allowHttp() ? "must be an http or https URL" : "must be an https URL");
		}
		if (uri.getHost() == null || uri.getUserInfo() != null) {
			throw new InvalidRequestException(FIELD, "must name a host and no user information");
		}
		InetAddress[] addresses;
		try {
			addresses = InetAddress.getAllByName(uri.getHost());
		}
		catch (UnknownHostException ex) {
			throw new InvalidRequestException(FIELD, "host " + uri.getHost() + " does not resolve");
		}
		if (!properties.allowPrivateTargets()) {
			for (InetAddress address : addresses) {
				if (isInternal(address)) {
					throw new InvalidRequestException(FIELD,
							"host " + uri.getHost() + " resolves to an internal address; webhooks go to public hosts");
				}
			}
		}
		return uri;
	}

	static boolean isInternal(InetAddress address) {
		if (address.isLoopbackAddress() || address.isSiteLocalAddress() || address.isLinkLocalAddress()
				|| address.isMulticastAddress() || address.isAnyLocalAddress()) {
			return true;
		}
		byte[] bytes = address.getAddress();
		if (address instanceof Inet6Address) {
			// Unique local addresses fc00::/7, the IPv6 private range.
			return (bytes[0] & 0xfe) == 0xfc;
		}
		// Carrier-grade NAT 100.64.0.0/10 and "this network" 0.0.0.0/8.
		return ((bytes[0] & 0xff) == 100 && (bytes[1] & 0xc0) == 64) || bytes[0] == 0;
	}

}
