package io.orderflow.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.orderflow.AppNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Two nodes of the packaged application, real JVM processes, started at the same moment
 * on one empty PostgreSQL database, as Camunda's homogeneous cluster runs: both come up
 * (the schema is created once, under Flyway's lock), a login on one is valid on the
 * other, and an order placed on one is read on the other. Runs in {@code ./mvnw verify}
 * after the jar is built; logs of the nodes are in {@code target/cluster-it/}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwoNodeClusterIT {

	private static final Duration START_TIMEOUT = Duration.ofMinutes(4);

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final List<AppNode> nodes = new ArrayList<>();

	@BeforeAll
	void startTwoNodesAtOnce() throws Exception {
		String database = AppNode.recreateDatabase("cluster");
		Path logs = Files.createDirectories(Path.of("target", "cluster-it"));
		for (String name : List.of("node-1", "node-2")) {
			Files.deleteIfExists(logs.resolve(name + ".log"));
			nodes.add(AppNode.start(name, database, logs));
		}
		Instant deadline = Instant.now().plus(START_TIMEOUT);
		for (AppNode node : nodes) {
			node.awaitHealthy(deadline);
		}
	}

	@AfterAll
	void stopNodes() {
		nodes.forEach(AppNode::stop);
	}

	@Test
	void bothNodesStartedTogetherOnAnEmptyDatabaseAreUp() throws Exception {
		for (AppNode node : nodes) {
			assertThat(get(node, "/actuator/health", Map.of()).body()).contains("\"UP\"");
		}
	}

	@Test
	void aWebappLoginOnOneNodeIsValidOnTheOther() throws Exception {
		AppNode first = nodes.get(0);
		AppNode second = nodes.get(1);
		HttpResponse<String> page = get(first, "/camunda/app/tasklist/default/", Map.of());
		Cookies cookies = Cookies.from(page);
		HttpResponse<String> login = http
			.send(HttpRequest.newBuilder(first.uri("/camunda/api/admin/auth/user/default/login/tasklist"))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.header("Cookie", cookies.header())
				.header("X-XSRF-TOKEN", cookies.get("XSRF-TOKEN"))
				.POST(HttpRequest.BodyPublishers.ofString("username=wendy&password=wendy"))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
		cookies = cookies.with(login);

		HttpResponse<String> whoAmI = get(second, "/camunda/api/admin/auth/user/default",
				Map.of("Cookie", cookies.header()));

		assertThat(whoAmI.statusCode()).as(whoAmI.body()).isEqualTo(200);
		assertThat(whoAmI.body()).contains("\"userId\":\"wendy\"");
		assertThat(get(second, "/camunda/api/admin/auth/user/default", Map.of()).statusCode())
			.as("the same request without the session")
			.isNotEqualTo(200);
	}

	@Test
	void anOrderPlacedOnOneNodeIsReadOnTheOther() throws Exception {
		String order = """
				{"channel":"WEB","customer":{"id":"C-cluster","name":"Grace Hopper","email":"grace@example.com"},
				 "shippingAddress":{"name":"Grace Hopper","line1":"Main St 1","city":"Berlin","postalCode":"10115","country":"DE"},
				 "lines":[{"sku":"MUG-CER-350","quantity":1}],"shippingMethod":"STANDARD",
				 "payment":{"method":"CARD","token":"tok_visa"}}""";
		HttpResponse<String> placed = http.send(HttpRequest.newBuilder(nodes.get(0).uri("/api/orders"))
			.header("Content-Type", "application/json")
			.header("Authorization", basic("shop", "shop"))
			.POST(HttpRequest.BodyPublishers.ofString(order))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(placed.statusCode()).as(placed.body()).isEqualTo(201);
		String location = placed.headers().firstValue("Location").orElseThrow();

		HttpResponse<String> read = get(nodes.get(1), URI.create(location).getPath(),
				Map.of("Authorization", basic("shop", "shop")));

		assertThat(read.statusCode()).isEqualTo(200);
		assertThat(read.body()).contains("Grace Hopper");
	}

	private HttpResponse<String> get(AppNode node, String path, Map<String, String> headers)
			throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(node.uri(path)).timeout(Duration.ofSeconds(20)).GET();
		headers.forEach(request::header);
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static String basic(String user, String password) {
		return "Basic " + java.util.Base64.getEncoder().encodeToString((user + ":" + password).getBytes());
	}

	/** The cookies a browser would keep between the two requests. */
	private record Cookies(Map<String, String> values) {

		static Cookies from(HttpResponse<?> response) {
			return new Cookies(Map.of()).with(response);
		}

		Cookies with(HttpResponse<?> response) {
			Map<String, String> merged = new java.util.LinkedHashMap<>(values);
			response.headers().allValues("Set-Cookie").forEach(cookie -> {
				String pair = cookie.split(";", 2)[0];
				merged.put(pair.substring(0, pair.indexOf('=')), pair.substring(pair.indexOf('=') + 1));
			});
			return new Cookies(merged);
		}

		String get(String name) {
			return values.getOrDefault(name, "");
		}

		String header() {
			return values.entrySet()
				.stream()
				.map(e -> e.getKey() + "=" + e.getValue())
				.collect(Collectors.joining("; "));
		}

	}

}
