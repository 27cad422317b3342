package io.orderflow.notification;

import static io.orderflow.NewOrder.line;
import static io.orderflow.OrderflowApi.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.sql.DataSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import io.orderflow.HangingSmtpServer;
import io.orderflow.NewOrder;
import io.orderflow.OrderflowApi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The store's SMTP server accepts connections and never answers. That may delay mails,
 * and nothing else: while the mail sender waits on it, {@code /actuator/health} answers
 * (with the mail backlog), a partner's webhook is delivered, and no database transaction
 * holds the waiting message's row. The wait ends with the read timeout (2 s here), as a
 * failed attempt to be retried.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "orderflow.notifications.read-timeout=PT2S")
@ActiveProfiles({ "demo", "test" })
@DirtiesContext
abstract class HangingMailServerScenarios {

	private static HangingSmtpServer smtp;

	@Autowired
	TestRestTemplate rest;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DataSource dataSource;

	@LocalServerPort
	int port;

	@DynamicPropertySource
	static void hangingMailServer(DynamicPropertyRegistry registry) throws IOException {
		smtp = HangingSmtpServer.start();
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", smtp::port);
	}

	@AfterAll
	static void stopMailServer() throws IOException {
		smtp.close();
	}

	@Test
	void aHangingMailServerDelaysOnlyMailsHealthAnswersWebhooksFlowAndNoRowStaysLocked() throws Exception {
		OrderflowApi api = new OrderflowApi(rest);
		List<String> webhookIds = new CopyOnWriteArrayList<>();
		HttpServer partner = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		partner.createContext("/hooks", exchange -> {
			try (InputStream in = exchange.getRequestBody()) {
				in.readAllBytes();
			}
			webhookIds.add(exchange.getRequestHeaders().getFirst("webhook-id"));
			exchange.sendResponseHeaders(200, -1);
			exchange.close();
		});
		partner.start();
		try {
			ResponseEntity<String> subscribed = rest.withBasicAuth("demo", "demo")
				.postForEntity("/api/webhook-subscriptions",
						Map.of("targetUrl", "http://127.0.0.1:" + partner.getAddress().getPort() + "/hooks",
								"eventTypes", List.of("ORDER_PLACED")),
						String.class);
			assertThat(subscribed.getStatusCode()).as(subscribed.getBody()).isEqualTo(HttpStatus.CREATED);

			String orderNumber = api.placed(NewOrder.of(line("MUG-CER-350", 1)));

			// The mail sender has connected and waits for a greeting that never comes.
			await().atMost(Duration.ofSeconds(10)).until(() -> smtp.connections() > 0);
			assertThat(mailStatus(orderNumber)).isEqualTo("PENDING");

			JsonNode health = health();
			assertThat(health.get("status").asText()).isEqualTo("UP");
			assertThat(health.at("/components/mail/details/pending").asLong()).isPositive();
			assertThat(health.at("/components/webhooks/details").isObject()).isTrue();

			await().atMost(Duration.ofSeconds(10))
				.untilAsserted(() -> assertThat(webhookIds).hasSize(1).allMatch(id -> id.startsWith("msg_")));

			assertThat(messageRowIsFree(orderNumber)).as("another transaction can lock the mail's row at once")
				.isTrue();

			await().atMost(Duration.ofSeconds(10))
				.untilAsserted(() -> assertThat(jdbc
					.sql("select last_error from customer_message where order_number = ? and last_error is not null")
					.param(orderNumber)
					.query(String.class)
					.optional()).hasValueSatisfying(error -> assertThat(error).containsIgnoringCase("timed out")));
			assertThat(mailStatus(orderNumber)).isNotEqualTo("SENT");
		}
		finally {
			partner.stop(0);
		}
	}

	/**
	 * The health endpoint, as an administrator sees it, within a few seconds or not at
	 * all.
	 */
	private JsonNode health() throws Exception {
		HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
		HttpResponse<String> response = client
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health"))
				.timeout(Duration.ofSeconds(5))
				.header("Authorization",
						"Basic " + Base64.getEncoder().encodeToString("demo:demo".getBytes(StandardCharsets.UTF_8)))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return json(ResponseEntity.ok(response.body()));
	}

	private String mailStatus(String orderNumber) {
		return jdbc.sql("select status from customer_message where order_number = ?")
			.param(orderNumber)
			.query(String.class)
			.single();
	}

	/**
	 * Locks the order's mail row in a transaction of its own, without waiting
	 * (PostgreSQL's NOWAIT; H2 waits its lock timeout at most): false if someone else
	 * holds it.
	 */
	private boolean messageRowIsFree(String orderNumber) throws SQLException {
		try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
			connection.setAutoCommit(false);
			boolean postgres = connection.getMetaData().getDatabaseProductName().equals("PostgreSQL");
			try {
				statement.execute("select id from customer_message where order_number = '" + orderNumber
						+ "' for update" + (postgres ? " nowait" : ""));
				return true;
			}
			catch (SQLException locked) {
				return false;
			}
			finally {
				connection.rollback();
				connection.setAutoCommit(true);
			}
		}
	}

}
