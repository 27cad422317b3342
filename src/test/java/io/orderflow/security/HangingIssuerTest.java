package io.orderflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import io.orderflow.HangingSmtpServer;
import io.orderflow.OrderflowApi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * An OAuth2 issuer that accepts connections and never answers (issue #21): Orderflow
 * starts, a bearer token is refused once the configured read timeout has passed instead
 * of the request hanging with the issuer, and API keys keep working meanwhile. A context
 * of its own, as only it configures such an issuer.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "orderflow.security.oauth2.connect-timeout=PT1S",
				"orderflow.security.oauth2.read-timeout=PT1S" })
@ActiveProfiles({ "demo", "test" })
class HangingIssuerTest {

	/** A socket that accepts and reads nothing: what the issuer looks like here. */
	static final HangingSmtpServer issuer = start();

	/** Far longer than the read timeout; a request without one would wait forever. */
	private static final Duration PATIENCE = Duration.ofSeconds(30);

	@LocalServerPort
	int port;

	@Autowired
	TestRestTemplate http;

	@DynamicPropertySource
	static void issuer(DynamicPropertyRegistry registry) {
		registry.add("orderflow.security.oauth2.issuer-uri", () -> "http://127.0.0.1:" + issuer.port() + "/issuer");
	}

	@AfterAll
	static void stopIssuer() throws IOException {
		issuer.close();
	}

	@Test
	void aTokenIsRefusedAfterTheReadTimeoutWhileTheIssuerHangsAndApiKeysStillWork() throws Exception {
		HttpClient client = HttpClient.newBuilder().connectTimeout(PATIENCE).build();
		HttpRequest withToken = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/products"))
			.header("Authorization", "Bearer eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJzaG9wIn0.c2lnbmF0dXJl")
			.timeout(PATIENCE)
			.GET()
			.build();

		HttpResponse<String> refused = client.send(withToken, HttpResponse.BodyHandlers.ofString());

		assertThat(issuer.connections()).as("Orderflow asked the issuer").isPositive();
		assertThat(refused.statusCode()).as(refused.body()).isEqualTo(401);

		ApiKeyClient withKey = ApiKeyClient.created(new OrderflowApi(http), "Catalogue reader", "orders:read");
		assertThat(withKey.get("/api/products").getStatusCode()).isEqualTo(HttpStatus.OK);
	}

	private static HangingSmtpServer start() {
		try {
			return HangingSmtpServer.start();
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}

}
