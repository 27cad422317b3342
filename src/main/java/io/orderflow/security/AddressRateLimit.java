package io.orderflow.security;

import java.time.Duration;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;

/**
 * A token bucket per source address: {@code limit} requests per {@code period}, refilled
 * gradually. Addresses not seen for a whole period are forgotten (their bucket would be
 * full again anyway), and at most {@code maxAddresses} are remembered, so a flood of
 * addresses cannot exhaust memory.
 */
final class AddressRateLimit {

	private final int limit;

	private final Duration period;

	private final Cache<String, Bucket> buckets;

	AddressRateLimit(int limit, Duration period, long maxAddresses) {
		this.limit = limit;
		this.period = period;
		this.buckets = Caffeine.newBuilder().expireAfterAccess(period).maximumSize(maxAddresses).build();
	}

	/** Takes one request from the address's allowance; false if none is left. */
	boolean tryTake(String address) {
		return bucket(address).tryConsume(1);
	}

	/** Whether the address has used up its allowance, without using any of it. */
	boolean exhausted(String address) {
		Bucket bucket = buckets.getIfPresent(address);
		return bucket != null && bucket.getAvailableTokens() < 1;
	}

	/** How long until the address may try again (at least a second). */
	Duration retryAfter(String address) {
		Bucket bucket = buckets.getIfPresent(address);
		long nanos = bucket == null ? 0 : bucket.estimateAbilityToConsume(1).getNanosToWaitForRefill();
		return Duration.ofSeconds(Math.max(1, (long) Math.ceil(nanos / 1e9)));
	}

	private Bucket bucket(String address) {
		return buckets.get(address,
				ignored -> Bucket.builder().addLimit(l -> l.capacity(limit).refillGreedy(limit, period)).build());
	}

}
