package io.orderflow.security;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtDecoderInitializationException;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.SupplierJwtDecoder;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationProvider;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestTemplate;

/**
 * {@code Authorization: Bearer ...} on /api: an Orderflow API key ({@code ofk_...}) is
 * checked against {@link ApiClients}; anything else is taken for a JWT of the OAuth2
 * issuer in {@code orderflow.security.oauth2.issuer-uri} (client credentials), whose
 * {@code scope} or {@code scp} claim names the {@link ApiScope}s. Without an issuer only
 * API keys are accepted. The issuer's metadata and keys are fetched on the first token,
 * so Orderflow starts while the issuer is down, and with the connect and read timeouts of
 * {@code orderflow.security.oauth2}, so an issuer that accepts and never answers fails
 * that token's check (401, to be tried again) after them rather than holding it, and the
 * tokens queued behind it, forever.
 */
@Component
class BearerAuthentication implements AuthenticationManager {

	private final ApiClients clients;

	private final JwtAuthenticationProvider jwt;

	BearerAuthentication(ApiClients clients, SecurityProperties properties) {
		String issuer = properties.oauth2().issuerUri();
		this.clients = clients;
		this.jwt = issuer.isBlank() ? null
				: new JwtAuthenticationProvider(new SupplierJwtDecoder(() -> decoder(properties.oauth2())));
	}

	/** What {@code JwtDecoders.fromIssuerLocation} builds, with timeouts. */
	private static JwtDecoder decoder(SecurityProperties.OAuth2 oauth2) {
		SimpleClientHttpRequestFactory requests = new SimpleClientHttpRequestFactory();
		requests.setConnectTimeout(oauth2.connectTimeout());
		requests.setReadTimeout(oauth2.readTimeout());
		NimbusJwtDecoder decoder = NimbusJwtDecoder.withIssuerLocation(oauth2.issuerUri())
			.restOperations(new RestTemplate(requests))
			.build();
		decoder.setJwtValidator(JwtValidators.createDefaultWithIssuer(oauth2.issuerUri()));
		return decoder;
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
		try {
			return jwt.authenticate(authentication);
		}
		catch (JwtDecoderInitializationException unreachable) {
			// The next token asks the issuer again; a 500 would tell the caller nothing.
			throw new InvalidBearerTokenException(
					"The token's issuer could not be reached to check it; try again later", unreachable);
		}
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
