package io.orderflow.security;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.JwtDecoders;
import org.springframework.security.oauth2.jwt.SupplierJwtDecoder;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationProvider;
import org.springframework.stereotype.Component;

/**
 * {@code Authorization: Bearer ...} on /api: an Orderflow API key ({@code ofk_...}) is
 * checked against {@link ApiClients}; anything else is taken for a JWT of the OAuth2
 * issuer in {@code orderflow.security.oauth2.issuer-uri} (client credentials), whose
 * {@code scope} or {@code scp} claim names the {@link ApiScope}s. Without an issuer only
 * API keys are accepted. The issuer's keys are fetched on the first token, so Orderflow
 * starts while the issuer is down.
 */
@Component
class BearerAuthentication implements AuthenticationManager {

	private final ApiClients clients;

	private final JwtAuthenticationProvider jwt;

	BearerAuthentication(ApiClients clients, SecurityProperties properties) {
		String issuer = properties.oauth2().issuerUri();
		this.clients = clients;
		this.jwt = issuer.isBlank() ? null
				: new JwtAuthenticationProvider(new SupplierJwtDecoder(() -> JwtDecoders.fromIssuerLocation(issuer)));
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		String token = ((BearerTokenAuthenticationToken) authentication).getToken();
		if (ApiKey.looksLikeOne(token)) {
			ApiClient client = ApiKey.parse(token)
				.flatMap(clients::authenticate)
				.orElseThrow(() -> new InvalidBearerTokenException("Unknown, revoked or malformed API key"));
			return new ApiClientAuthentication(client);
		}
		if (jwt == null) {
			throw new InvalidBearerTokenException("Not an Orderflow API key, and no OAuth2 issuer is configured");
		}
		return jwt.authenticate(authentication);
	}

	/** An authenticated API client; its name is the client id. */
	static final class ApiClientAuthentication extends AbstractAuthenticationToken {

		private final ApiClient client;

		ApiClientAuthentication(ApiClient client) {
			super(client.scopes().stream().map(scope -> new SimpleGrantedAuthority(scope.authority())).toList());
			this.client = client;
			setAuthenticated(true);
		}

		@Override
		public Object getCredentials() {
			return null;
		}

		@Override
		public Object getPrincipal() {
			return client.id();
		}

	}

}
