package io.orderflow.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code orderflow.security}: how long verified credentials are remembered
 * ({@link VerifiedCredentials}), the OAuth2 issuer whose access tokens {@code /api} takes
 * (blank: API keys and Basic only), and the per-address limits on failed authentications
 * and on the open endpoints.
 */
@ConfigurationProperties("orderflow.security")
record SecurityProperties(@DefaultValue("PT30S") Duration basicCacheTtl, @DefaultValue OAuth2 oauth2,
		@DefaultValue RateLimits rateLimits) {

	record OAuth2(@DefaultValue("") String issuerUri) {
	}

	record RateLimits(@DefaultValue FailedAuthenticationLimit failedAuthentications,
			@DefaultValue TrackingLimit tracking, @DefaultValue("100000") long maxAddresses) {
	}

	record FailedAuthenticationLimit(@DefaultValue("10") int limit, @DefaultValue("PT1M") Duration period) {
	}

	record TrackingLimit(@DefaultValue("30") int limit, @DefaultValue("PT1M") Duration period) {
	}

}
