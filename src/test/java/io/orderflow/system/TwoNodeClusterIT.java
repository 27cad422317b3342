package io.orderflow.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
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

	private static final String TEST_DB_URL = env("ORDERFLOW_TEST_DB_URL",
			"jdbc:postgresql://localhost:5432/orderflow_test");

	private static final String DB_USER = env("ORDERFLOW_TEST_DB_USER", "postgres");

	private static final String DB_PASSWORD = env("ORDERFLOW_TEST_DB_PASSWORD", "");

	private static final String DATABASE = TEST_DB_URL.replaceAll("^.*/([^/?]+)(\\?.*)?$", "$1") + "_cluster";

	private static final Duration START_TIMEOUT = Duration.ofMinutes(4);

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final List<Node> nodes = new ArrayList<>();

	@BeforeAll
	void startTwoNodesAtOnce() throws Exception {
		recreateDatabase();
		Path jar = packagedJar();
		Path logs = Files.createDirectories(Path.of("target", "cluster-it"));
		for (String name : List.of("node-1", "node-2")) {
			nodes.add(Node.start(name, jar, freePort(), logs.resolve(name + ".log")));
		}
		Instant deadline = Instant.now().plus(START_TIMEOUT);
		for (Node node : nodes) {
			awaitHealthy(node, deadline);
		}
	}

	@AfterAll
	void stopNodes() {
		nodes.forEach(Node::stop);
	}

	@Test
	void bothNodesStartedTogetherOnAnEmptyDatabaseAreUp() throws Exception {
		for (Node node : nodes) {
			assertThat(get(node, "/actuator/health", Map.of()).body()).contains("\"UP\"");
		}
	}

	@Test
	void aWebappLoginOnOneNodeIsValidOnTheOther() throws Exception {
		Node first = nodes.get(0);
		Node second = nodes.get(1);
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

	private HttpResponse<String> get(Node node, String path, Map<String, String> headers)
			throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(node.uri(path)).timeout(Duration.ofSeconds(20)).GET();
		headers.forEach(request::header);
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private void awaitHealthy(Node node, Instant deadline) throws Exception {
		while (Instant.now().isBefore(deadline)) {
			if (!node.process().isAlive()) {
				throw new AssertionError(node.name() + " died while starting:\n" + node.logTail());
			}
			try {
				if (get(node, "/actuator/health", Map.of()).statusCode() == 200) {
					return;
				}
			}
			catch (IOException notYetListening) {
				// still starting
			}
			Thread.sleep(1000);
		}
		throw new AssertionError(node.name() + " not healthy within " + START_TIMEOUT + ":\n" + node.logTail());
	}

	/** Like the other PostgreSQL tests: skipped where no server answers, except in CI. */
	private static void recreateDatabase() throws SQLException {
		String server = TEST_DB_URL.replaceAll("/[^/?]+(\\?.*)?$", "/postgres");
		Connection connection;
		try {
			connection = DriverManager.getConnection(server, DB_USER, DB_PASSWORD);
		}
		catch (SQLException e) {
			Assumptions.assumeTrue("true".equalsIgnoreCase(System.getenv("CI")),
					"No PostgreSQL server at " + server + "; cluster test skipped");
			throw e;
		}
		try (connection; Statement statement = connection.createStatement()) {
			statement.execute("drop database if exists \"" + DATABASE + "\" with (force)");
			statement.execute("create database \"" + DATABASE + "\"");
		}
	}

	private static Path packagedJar() throws IOException {
		try (Stream<Path> files = Files.list(Path.of("target"))) {
			return files.filter(file -> file.getFileName().toString().matches("orderflow-.*\\.jar"))
				.findFirst()
				.orElseThrow(() -> new IllegalStateException("No packaged jar in target/: run ./mvnw verify"));
		}
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	private static String basic(String user, String password) {
		return "Basic " + java.util.Base64.getEncoder().encodeToString((user + ":" + password).getBytes());
	}

	private static String env(String name, String fallback) {
		String value = System.getenv(name);
		return value == null || value.isBlank() ? fallback : value;
	}

	private record Node(String name, Process process, int port, Path log) {

		static Node start(String name, Path jar, int port, Path log) throws IOException {
			String url = TEST_DB_URL.replaceAll("/[^/?]+(\\?.*)?$", "/" + DATABASE);
			ProcessBuilder builder = new ProcessBuilder(
					Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx384m",
					"-XX:TieredStopAtLevel=1", "-jar", jar.toString(), "--server.port=" + port,
					"--spring.profiles.active=postgres,demo")
				.redirectErrorStream(true)
				.redirectOutput(log.toFile());
			builder.environment()
				.putAll(Map.of("ORDERFLOW_DB_URL", url, "ORDERFLOW_DB_USER", DB_USER, "ORDERFLOW_DB_PASSWORD",
						DB_PASSWORD, "ORDERFLOW_ADMIN_PASSWORD", "cluster-admin-password", "TZ", "UTC"));
			return new Node(name, builder.start(), port, log);
		}

		URI uri(String path) {
			return URI.create("http://localhost:" + port + path);
		}

		String logTail() {
			try {
				List<String> lines = Files.readAllLines(log);
				return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
			}
			catch (IOException e) {
				return "(no log: " + e.getMessage() + ")";
			}
		}

		void stop() {
			process.destroy();
			try {
				if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
					process.destroyForcibly();
				}
			}
			catch (InterruptedException e) {
				process.destroyForcibly();
				Thread.currentThread().interrupt();
			}
		}

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
