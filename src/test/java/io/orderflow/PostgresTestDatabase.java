package io.orderflow;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The real PostgreSQL server the PostgreSQL tests run against:
 * {@code ORDERFLOW_TEST_DB_URL} (default
 * {@code jdbc:postgresql://localhost:5432/orderflow_test}),
 * {@code ORDERFLOW_TEST_DB_USER} (default postgres) and
 * {@code ORDERFLOW_TEST_DB_PASSWORD}. Where no server answers, the tests are skipped with
 * a message, except under {@code CI=true}, where they fail: CI must never pass without
 * having run them.
 *
 * <p>
 * The test database is created if missing and emptied once per test run, so every run
 * starts from Flyway's first migration. It refuses to empty a database whose name does
 * not contain "test".
 */
class PostgresTestDatabase implements ExecutionCondition {

	static final String URL = env("ORDERFLOW_TEST_DB_URL", "jdbc:postgresql://localhost:5432/orderflow_test");

	static final String USER = env("ORDERFLOW_TEST_DB_USER", "postgres");

	static final String PASSWORD = env("ORDERFLOW_TEST_DB_PASSWORD", "");

	private static boolean emptied;

	@Override
	public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
		try {
			ensureDatabaseExists();
			return ConditionEvaluationResult.enabled("PostgreSQL answers at " + URL);
		}
		catch (SQLException e) {
			String message = "No PostgreSQL server at " + URL + " (" + e.getMessage() + ")";
			if ("true".equalsIgnoreCase(System.getenv("CI"))) {
				throw new IllegalStateException(message + "; CI must run the PostgreSQL tests", e);
			}
			return ConditionEvaluationResult.disabled(message + "; PostgreSQL tests skipped");
		}
	}

	/**
	 * Points the Spring context at the test database, emptied on first use in this JVM.
	 */
	static synchronized void register(DynamicPropertyRegistry registry) {
		if (!emptied) {
			empty();
			emptied = true;
		}
		registry.add("spring.datasource.url", () -> URL);
		registry.add("spring.datasource.username", () -> USER);
		registry.add("spring.datasource.password", () -> PASSWORD);
	}

	private static void empty() {
		String database = URL.replaceAll("^.*/([^/?]+)(\\?.*)?$", "$1");
		if (!database.contains("test")) {
			throw new IllegalStateException("Refusing to empty " + database + ": its name does not contain 'test'");
		}
		try (Connection connection = DriverManager.getConnection(URL, USER, PASSWORD);
				Statement statement = connection.createStatement()) {
			statement.execute("drop schema public cascade");
			statement.execute("create schema public");
		}
		catch (SQLException e) {
			throw new IllegalStateException("Could not empty the test database " + URL, e);
		}
	}

	private static void ensureDatabaseExists() throws SQLException {
		DriverManager.setLoginTimeout(5);
		try (Connection connection = DriverManager.getConnection(URL, USER, PASSWORD)) {
			return;
		}
		catch (SQLException e) {
			if (!"3D000".equals(e.getSQLState())) {
				throw e;
			}
		}
		String database = URL.replaceAll("^.*/([^/?]+)(\\?.*)?$", "$1");
		String server = URL.replaceAll("/[^/?]+(\\?.*)?$", "/postgres");
		try (Connection connection = DriverManager.getConnection(server, USER, PASSWORD);
				Statement statement = connection.createStatement()) {
			statement.execute("create database \"" + database + "\"");
		}
	}

	private static String env(String name, String fallback) {
		String value = System.getenv(name);
		return value == null || value.isBlank() ? fallback : value;
	}

}
