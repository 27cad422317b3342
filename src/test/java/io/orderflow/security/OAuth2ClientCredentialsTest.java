package io.orderflow.security;

import static io.orderflow.NewOrder.line;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import com.nimbusds.jose.JOSEObjectType;
import io.orderflow.NewOrder;
import io.orderflow.OrderflowApi;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Systems with an OAuth2 client of their own: a real issuer on a local port
 * (mock-oauth2-server) hands out client-credentials tokens, and /api takes them for the
 * scopes they name. A context of its own, as only it configures an issuer; the issuer's
 * tokens are checked in memory, so H2 is enough.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({ "demo", "test" })
class OAuth2ClientCredentialsTest {

	static final String ISSUER = "orderflow-clients";

	static final MockOAuth2Server issuer = new MockOAuth2Server();

	static {
		issuer.start();
	}

	@DynamicPropertySource
	static void issuer(DynamicPropertyRegistry registry) {
		registry.add("orderflow.security.oauth2.issuer-uri", () -> issuer.issuerUrl(ISSUER).toString());
	}

	@AfterAll
	static void stopIssuer() {
		issuer.shutdown();
	}

	@Autowired
	TestRestTemplate http;

	@Test
	void aClientCredentialsTokenIsAllowedWhatItsScopesSay() throws Exception {
		ApiKeyClient reader = new ApiKeyClient(http, clientCredentialsToken("reporting", "orders:read"));
		ApiKeyClient shop = new ApiKeyClient(http,
				clientCredentialsToken("shop-connector", "orders:read orders:write"));

		assertThat(reader.get("/api/products").getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(reader.post("/api/orders", NewOrder.of(line("MUG-CER-350", 1))).getStatusCode())
			.isEqualTo(HttpStatus.FORBIDDEN);
		var placed = shop.post("/api/orders", NewOrder.of(line("MUG-CER-350", 1)));
		assertThat(placed.getStatusCode()).as(placed.getBody()).isEqualTo(HttpStatus.CREATED);
		assertThat(shop.get("/api/admin/api-clients").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
	}

	@Test
	void aTokenOfAnotherIssuerOrAnExpiredOneIsRefused() {
		String otherIssuer = issuer
			.issueToken("someone-else", "shop-connector", callback("someone-else", "orders:read", 3600))
			.serialize();
		String expired = issuer.issueToken(ISSUER, "shop-connector", callback(ISSUER, "orders:read", -3600))
			.serialize();
		String valid = issuer.issueToken(ISSUER, "shop-connector", callback(ISSUER, "orders:read", 3600)).serialize();

		assertThat(new ApiKeyClient(http, otherIssuer).get("/api/products").getStatusCode())
			.isEqualTo(HttpStatus.UNAUTHORIZED);
		assertThat(new ApiKeyClient(http, expired).get("/api/products").getStatusCode())
			.isEqualTo(HttpStatus.UNAUTHORIZED);
		assertThat(new ApiKeyClient(http, valid + "x").get("/api/products").getStatusCode())
			.isEqualTo(HttpStatus.UNAUTHORIZED);
		assertThat(new ApiKeyClient(http, valid).get("/api/products").getStatusCode()).isEqualTo(HttpStatus.OK);
	}

	@Test
	void apiKeysAndBasicWorkNextToTheIssuer() {
		assertThat(new ApiKeyClient(http, DemoApiClient.KEY.value()).get("/api/products").getStatusCode())
			.isEqualTo(HttpStatus.OK);
		assertThat(new OrderflowApi(http).as("shop").rest().getForEntity("/api/products", String.class).getStatusCode())
			.isEqualTo(HttpStatus.OK);
	}

	/**
	 * What a system does: the client-credentials grant at the issuer's token endpoint.
	 */
	private static String clientCredentialsToken(String clientId, String scope)
			throws IOException, InterruptedException {
		issuer.enqueueCallback(callback(ISSUER, scope, 3600));
		String form = "grant_type=client_credentials&client_id=" + clientId + "&client_secret=secret&scope="
				+ URLEncoder.encode(scope, StandardCharsets.UTF_8);
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(issuer.tokenEndpointUrl(ISSUER).toString()))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(form))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return OrderflowApi.json(response.body()).get("access_token").asText();
	}

	private static DefaultOAuth2TokenCallback callback(String issuerId, String scope, long expirySeconds) {
		return new DefaultOAuth2TokenCallback(issuerId, "shop-connector", JOSEObjectType.JWT.getType(),
				List.of("orderflow"), Map.of("scope", scope), expirySeconds);
	}

}
