package io.orderflow.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code orderflow.security}: how long verified credentials are remembered
 * ({@link VerifiedCredentials}), the OAuth2 issuer whose access tokens {@code /api} takes
 * (blank: API keys and Basic only) and the timeouts of the calls to it, and the limits on
 * failed authentications (per address and per account name) and on the open endpoints
 * (per address).
 */
@ConfigurationProperties("orderflow.security")
record SecurityProperties(@DefaultValue("PT30S") Duration basicCacheTtl, @DefaultValue OAuth2 oauth2,
		@DefaultValue RateLimits rateLimits) {

	/**
	 * {@code connectTimeout}, {@code readTimeout}: for fetching the issuer's metadata and
	 * keys, so an issuer that does not answer fails a token's check instead of holding
	 * the request (and every other token's) forever.
	 */
	record OAuth2(@DefaultValue("") String issuerUri, @DefaultValue("PT5S") Duration connectTimeout,
			@DefaultValue("PT5S") Duration readTimeout) {
	}

	record RateLimits(@DefaultValue FailedAuthenticationLimit failedAuthentications,
			@DefaultValue TrackingLimit tracking, @DefaultValue("100000") long maxAddresses) {
	}

	/**
	 * {@code knownCredentialsRetention}: how long credentials verified on this node are
	 * remembered (from their last use) as known, which a limit reached by someone else's
	 * failures does not refuse.
	 */
	record FailedAuthenticationLimit(@DefaultValue("10") int limit, @DefaultValue("PT1M") Duration period,
			@DefaultValue("P1D") Duration knownCredentialsRetention) {
	}

	record TrackingLimit(@DefaultValue("30") int limit, @DefaultValue("PT1M") Duration period) {
	}

}
