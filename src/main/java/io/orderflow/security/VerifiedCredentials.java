package io.orderflow.security;

import java.time.Duration;
import java.util.function.Predicate;
import java.util.function.Supplier;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * Credentials verified recently (an HTTP Basic user and password, an API key), with what
 * they grant, so that a request does not read the identity tables to check them again.
 * Entries live for {@code orderflow.security.basic-cache-ttl}: a changed password, group
 * membership or revocation counts after that at the latest. Keyed by a hash of the
 * credentials, so the cache holds no secret; only credentials that were correct are
 * remembered, so a wrong one is checked (and counted) every time.
 */
final class VerifiedCredentials<T> {

	private final Cache<String, T> verified;

	VerifiedCredentials(Duration ttl) {
		this.verified = Caffeine.newBuilder().expireAfterWrite(ttl).maximumSize(10_000).build();
	}

	/**
	 * What the credentials grant: remembered, or as {@code verify} finds it (null: not
	 * correct, nothing remembered).
	 */
	T grant(String credentials, Supplier<T> verify) {
		String key = ApiKey.hash(credentials);
		T known = verified.getIfPresent(key);
		if (known != null) {
			return known;
		}
		T granted = verify.get();
		if (granted != null) {
			verified.put(key, granted);
		}
		return granted;
	}

	/** Forgets the grants that match, e.g. those of a revoked client, on this node. */
	void forget(Predicate<T> which) {
		verified.asMap().values().removeIf(which);
	}

}
