package io.orderflow;

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
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;

/**
 * One node of Orderflow as production runs it: a JVM process of the packaged jar on a
 * PostgreSQL database of the cluster tests ({@code <test database>_<suffix>}), logging to
 * a file. Used by the tests that run after {@code package} ({@code *IT}).
 */
public final class AppNode {

	private static final String TEST_DB_URL = env("ORDERFLOW_TEST_DB_URL",
			"jdbc:postgresql://localhost:5432/orderflow_test");

	public static final String DB_USER = env("ORDERFLOW_TEST_DB_USER", "postgres");

	public static final String DB_PASSWORD = env("ORDERFLOW_TEST_DB_PASSWORD", "");

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final String name;

	/** What follows {@code java}: JVM options and the jar or main class. */
	private final List<String> launch;

	private final int port;

	private final Path log;

	private final String database;

	private final List<String> arguments;

	private Process process;

	private AppNode(String name, List<String> launch, int port, Path log, String database, List<String> arguments) {
		this.name = name;
		this.launch = launch;
		this.port = port;
		this.log = log;
		this.database = database;
		this.arguments = arguments;
	}

	/**
	 * Starts the node (not waiting for it) with the {@code postgres,demo} profiles and
	 * the given extra arguments; {@code --server.port} is a free port.
	 */
	public static AppNode start(String name, String database, Path logs, String... arguments) throws IOException {
		return start(name, database, logs, List.of("-Xmx384m", "-XX:TieredStopAtLevel=1"), arguments);
	}

	/** As {@link #start(String, String, Path, String...)}, with these JVM options. */
	public static AppNode start(String name, String database, Path logs, List<String> jvmOptions, String... arguments)
			throws IOException {
		List<String> launch = new ArrayList<>(jvmOptions);
		launch.addAll(List.of("-jar", packagedJar().toString(), "--spring.profiles.active=postgres,demo"));
		return start(name, launch, database, logs, arguments);
	}

	/**
	 * Starts another Spring Boot application of the test sources as a process of its own,
	 * on the test class path.
	 */
	public static AppNode startMain(String name, String database, Path logs, List<String> jvmOptions,
			Class<?> mainClass, String... arguments) throws IOException {
		List<String> launch = new ArrayList<>(jvmOptions);
		launch.addAll(List.of("-cp", System.getProperty("java.class.path"), mainClass.getName()));
		return start(name, launch, database, logs, arguments);
	}

	private static AppNode start(String name, List<String> launch, String database, Path logs, String... arguments)
			throws IOException {
		AppNode node = new AppNode(name, launch, freePort(), logs.resolve(name + ".log"), database, List.of(arguments));
		node.start();
		return node;
	}

	/**
	 * Starts the process again after {@link #kill()} or {@link #stop()}, same port and
	 * log.
	 */
	public void start() throws IOException {
		List<String> command = new ArrayList<>(
				List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
		command.addAll(launch);
		command.add("--server.port=" + port);
		command.addAll(arguments);
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
		builder.environment()
			.putAll(Map.of("ORDERFLOW_DB_URL", jdbcUrl(database), "ORDERFLOW_DB_USER", DB_USER, "ORDERFLOW_DB_PASSWORD",
					DB_PASSWORD, "ORDERFLOW_ADMIN_PASSWORD", "cluster-admin-password", "TZ", "UTC"));
		process = builder.start();
	}

	public String name() {
		return name;
	}

	/** The operating system's id of the running process. */
	public long pid() {
		return process.pid();
	}

	public Path log() {
		return log;
	}

	public boolean isAlive() {
		return process != null && process.isAlive();
	}

	public URI uri(String path) {
		return URI.create("http://localhost:" + port + path);
	}

	/**
	 * Waits until the node answers its health check; fails with its log if it died or
	 * took too long.
	 */
	public void awaitHealthy(Instant deadline) throws InterruptedException {
		while (Instant.now().isBefore(deadline)) {
			if (!process.isAlive()) {
				throw new AssertionError(name + " died while starting:\n" + logTail());
			}
			try {
				HttpResponse<String> health = HTTP.send(
						HttpRequest.newBuilder(uri("/actuator/health")).timeout(Duration.ofSeconds(5)).build(),
						HttpResponse.BodyHandlers.ofString());
				if (health.statusCode() == 200) {
					return;
				}
			}
			catch (IOException notYetListening) {
				// still starting
			}
			Thread.sleep(500);
		}
		throw new AssertionError(name + " not healthy by " + deadline + ":\n" + logTail());
	}

	public String logTail() {
		try {
			List<String> lines = Files.readAllLines(log);
			return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
		}
		catch (IOException e) {
			return "(no log: " + e.getMessage() + ")";
		}
	}

	/** {@code kill -9}: the JVM gets no chance to finish anything. */
	public void kill() throws InterruptedException {
		if (process != null) {
			process.destroyForcibly();
			process.waitFor(20, TimeUnit.SECONDS);
		}
	}

	/** A graceful shutdown, forced after 20 seconds. */
	public void stop() {
		if (process == null) {
			return;
		}
		process.destroy();
		try {
			if (!process.waitFor(20, TimeUnit.SECONDS)) {
				process.destroyForcibly();
			}
		}
		catch (InterruptedException e) {
			process.destroyForcibly();
			Thread.currentThread().interrupt();
		}
	}

	/** The JDBC URL of a database on the test server. */
	public static String jdbcUrl(String database) {
		return TEST_DB_URL.replaceAll("/[^/?]+(\\?.*)?$", "/" + database);
	}

	/**
	 * Drops and creates {@code <test database>_<suffix>}, returning its name. Like the
	 * other PostgreSQL tests: skipped where no server answers, except in CI.
	 */
	public static String recreateDatabase(String suffix) throws SQLException {
		return recreateNamedDatabase(TEST_DB_URL.replaceAll("^.*/([^/?]+)(\\?.*)?$", "$1") + "_" + suffix);
	}

	/** Drops and creates a database of this name on the test server. */
	public static String recreateNamedDatabase(String database) throws SQLException {
		Connection connection;
		try {
			connection = DriverManager.getConnection(jdbcUrl("postgres"), DB_USER, DB_PASSWORD);
		}
		catch (SQLException e) {
			Assumptions.assumeTrue("true".equalsIgnoreCase(System.getenv("CI")),
					"No PostgreSQL server at " + jdbcUrl("postgres") + "; cluster test skipped");
			throw e;
		}
		try (connection; Statement statement = connection.createStatement()) {
			statement.execute("drop database if exists \"" + database + "\" with (force)");
			statement.execute("create database \"" + database + "\"");
		}
		return database;
	}

	private static Path packagedJar() throws IOException {
		try (Stream<Path> files = Files.list(Path.of("target"))) {
			return files.filter(file -> file.getFileName().toString().matches("orderflow-.*\\.jar"))
				.findFirst()
				.orElseThrow(() -> new IllegalStateException("No packaged jar in target/: run ./mvnw verify"))
				.toAbsolutePath();
		}
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	private static String env(String name, String fallback) {
		String value = System.getenv(name);
		return value == null || value.isBlank() ? fallback : value;
	}

}
