package io.orderflow.security;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;

/**
 * Counts credentials that did not authenticate, per source address and per account name
 * (the Basic user name, the API key's client id), so that guessing costs the guesser and
 * not whoever shares its address. Past an allowance, credentials are refused 429 before
 * they are checked, so guessing neither gets further nor touches any account, except:
 * <ul>
 * <li>credentials this node verified before from that address (API keys: from any
 * address) are still checked and served, unless both their address and their account name
 * are over the limit (then a guesser at the client's own address could tell a right guess
 * from a wrong one by the answer);</li>
 * <li>API keys are never refused for their address: their secret is 32 random bytes, no
 * guessing finds one, and the client behind a shared proxy or NAT must not pay for a
 * stranger's wrong passwords.</li>
 * </ul>
 * Refusals unchecked count against the account name too, so a guesser at a client's own
 * address gets no more tries. Everything is kept in bounded memory per node. Behind a
 * reverse proxy, set {@code server.forward-headers-strategy} so the source address is the
 * client's, not the proxy's.
 */
@Component
class FailedAuthentications {

	private final AddressRateLimit byAddress;

	private final AddressRateLimit byAccount;

	/**
	 * Hashes of credentials (with their address, see {@link #knownKey}) verified here.
	 */
	private final Cache<String, Boolean> known;

	FailedAuthentications(SecurityProperties properties) {
		SecurityProperties.RateLimits limits = properties.rateLimits();
		SecurityProperties.FailedAuthenticationLimit failures = limits.failedAuthentications();
		this.byAddress = new AddressRateLimit(failures.limit(), failures.period(), limits.maxAddresses());
		this.byAccount = new AddressRateLimit(failures.limit(), failures.period(), limits.maxAddresses());
		this.known = Caffeine.newBuilder()
			.expireAfterAccess(failures.knownCredentialsRetention())
			.maximumSize(limits.maxAddresses())
			.build();
	}

	static boolean presentsCredentials(HttpServletRequest request) {
		return request.getHeader(HttpHeaders.AUTHORIZATION) != null;
	}

	void failed(HttpServletRequest request) {
		byAddress.tryTake(request.getRemoteAddr());
		Presented presented = Presented.of(request);
		presented.account().ifPresent(byAccount::tryTake);
		known.invalidate(knownKey(request, presented));
	}

	void succeeded(HttpServletRequest request) {
		known.put(knownKey(request, Presented.of(request)), Boolean.TRUE);
	}

	/**
	 * Whether the request's credentials are refused unchecked. A refusal counts against
	 * the account name it names.
	 */
	boolean blocked(HttpServletRequest request) {
		Presented presented = Presented.of(request);
		boolean accountBlocked = presented.account().map(byAccount::exhausted).orElse(false);
		boolean isKnown = known.getIfPresent(knownKey(request, presented)) != null;
		if (presented.apiKey()) {
			return accountBlocked && !isKnown;
		}
		boolean addressBlocked = byAddress.exhausted(request.getRemoteAddr());
		if (!addressBlocked && !accountBlocked) {
			return false;
		}
		boolean refused = !isKnown || addressBlocked && accountBlocked;
		if (refused) {
			presented.account().ifPresent(byAccount::tryTake);
		}
		return refused;
	}

	Duration retryAfter(HttpServletRequest request) {
		Presented presented = Presented.of(request);
		Duration address = presented.apiKey() ? Duration.ZERO : byAddress.retryAfter(request.getRemoteAddr());
		Duration account = presented.account().map(byAccount::retryAfter).orElse(Duration.ZERO);
		return address.compareTo(account) >= 0 ? address : account;
	}

	/**
	 * API keys are remembered alone; other credentials with the address they came from,
	 * so that a guesser elsewhere never meets them.
	 */
	private static String knownKey(HttpServletRequest request, Presented presented) {
		String credentials = request.getHeader(HttpHeaders.AUTHORIZATION);
		return ApiKey.hash(presented.apiKey() ? credentials : request.getRemoteAddr() + '\u0000' + credentials);
	}

	/** What the Authorization header names: an account, and whether it is an API key. */
	private record Presented(Optional<String> account, boolean apiKey) {

		private static final String BASIC = "Basic ";

		private static final String BEARER = "Bearer ";

		static Presented of(HttpServletRequest request) {
			String header = request.getHeader(HttpHeaders.AUTHORIZATION);
			if (header == null) {
				return new Presented(Optional.empty(), false);
			}
			if (header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
				Optional<ApiKey> key = ApiKey.parse(header.substring(BEARER.length()).trim());
				return new Presented(key.map(k -> "key:" + k.clientId()), key.isPresent());
			}
			if (header.regionMatches(true, 0, BASIC, 0, BASIC.length())) {
				return new Presented(basicUser(header.substring(BASIC.length()).trim()).map(user -> "user:" + user),
						false);
			}
			return new Presented(Optional.empty(), false);
		}

		private static Optional<String> basicUser(String encoded) {
			try {
				String decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
				int colon = decoded.indexOf(':');
				return colon > 0 ? Optional.of(decoded.substring(0, colon)) : Optional.empty();
			}
			catch (IllegalArgumentException notBase64) {
				return Optional.empty();
			}
		}

	}

}
