package io.orderflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import io.orderflow.ReadmeShell.Block;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The README's production start on an empty PostgreSQL database: the {@code postgres}
 * profile alone (no demo users, no catalogue, the job executor running), configured by
 * the README's own {@code export} lines, then its admin calls run word for word. The role
 * and database the README creates with psql are this test's own database instead
 * ({@code <test database>_readme}, dropped and created anew), reached with the test
 * server's credentials.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("postgres")
@ExtendWith(PostgresTestDatabase.class)
class ReadmeProductionStartTest {

	static final String SUBSECTION = "On PostgreSQL: a production start";

	static final String DATABASE_URL = PostgresTestDatabase.URL.replaceAll("^(.*/[^/?]+)(\\?.*)?$", "$1_readme$2");

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@DynamicPropertySource
	static void asTheReadmeConfiguresIt(DynamicPropertyRegistry registry) throws Exception {
		Map<String, String> settings = readmeSettings();
		settings.put("ORDERFLOW_DB_URL", DATABASE_URL);
		settings.put("ORDERFLOW_DB_USER", PostgresTestDatabase.USER);
		if (!PostgresTestDatabase.PASSWORD.isEmpty()) {
			settings.put("ORDERFLOW_DB_PASSWORD", PostgresTestDatabase.PASSWORD);
		}
		// As the process environment would: by name for the ${ORDERFLOW_...}
		// placeholders, and
		// relaxed (ORDERFLOW_SIMULATORS_ALLOWED is orderflow.simulators.allowed).
		settings.forEach((name, value) -> {
			registry.add(name, () -> value);
			registry.add(name.toLowerCase().replace('_', '.'), () -> value);
		});
		recreateDatabase();
	}

	@Test
	void anEmptyProductionSystemIsSetUpThroughTheAdminApiAsTheReadmeSays(@TempDir Path session) throws Exception {
		List<Block> blocks = ReadmeShell.blocks()
			.stream()
			.filter(block -> block.subsection().equals(SUBSECTION))
			.toList();
		ReadmeShell shell = new ReadmeShell(session, port, Map.of());
		assertThat(products()).isEmpty();

		shell.run(exportsOf(blocks));
		for (Block block : blocks) {
			if (block.calls("/api/admin/")) {
				shell.run(block);
			}
		}

		assertThat(products()).containsExactly("TEAPOT-GLASS");
		assertThat(jdbc.sql("select on_hand from stock_level where sku = 'TEAPOT-GLASS' and warehouse_code = 'HAM'")
			.query(Integer.class)
			.single()).isEqualTo(40);
		assertThat(jdbc.sql("select count(*) from stock_movement where sku = 'TEAPOT-GLASS' and on_hand_delta = 40")
			.query(Integer.class)
			.single()).isEqualTo(1);
		assertThat(jdbc.sql("select count(*) from act_id_user").query(Integer.class).single()).isEqualTo(1);

		assertThat(jdbc.sql("select name from api_client").query(String.class).list()).containsExactly("Web shop");
		assertThat(jdbc.sql("select customer_name from customer_order").query(String.class).list())
			.as("the order the README places with the new client's key")
			.containsExactly("Ada Lovelace");
		assertThat(reservedInHamburgWithin(Duration.ofSeconds(30))).isEqualTo(1);
	}

	private List<String> products() {
		return jdbc.sql("select sku from product").query(String.class).list();
	}

	/** The job executor reserves in the background, as in production. */
	private int reservedInHamburgWithin(Duration patience) throws InterruptedException {
		Instant giveUp = Instant.now().plus(patience);
		int reserved = 0;
		while (reserved == 0 && Instant.now().isBefore(giveUp)) {
			Thread.sleep(200);
			reserved = jdbc
				.sql("select reserved from stock_level where sku = 'TEAPOT-GLASS' and warehouse_code = 'HAM'")
				.query(Integer.class)
				.single();
		}
		return reserved;
	}

	/** The README's export lines, without starting the app a second time. */
	private static Block exportsOf(List<Block> blocks) {
		Block start = blocks.stream().filter(block -> block.calls("spring-boot:run")).findFirst().orElseThrow();
		return new Block(start.section(), start.subsection(),
				start.script().lines().filter(line -> line.startsWith("export ")).collect(Collectors.joining("\n")));
	}

	/** The ORDERFLOW_* settings the README exports before starting the app. */
	private static Map<String, String> readmeSettings() throws IOException, InterruptedException {
		Block exports = exportsOf(
				ReadmeShell.blocks().stream().filter(block -> block.subsection().equals(SUBSECTION)).toList());
		Process process = new ProcessBuilder("bash", "-c", "set -eu\n" + exports.script() + "\nenv").start();
		String env = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(process.waitFor()).as("the README's exports").isZero();
		Map<String, String> settings = new LinkedHashMap<>();
		env.lines().filter(line -> line.startsWith("ORDERFLOW_")).forEach(line -> {
			int equals = line.indexOf('=');
			settings.put(line.substring(0, equals), line.substring(equals + 1));
		});
		assertThat(settings).containsKeys("ORDERFLOW_DB_URL", "ORDERFLOW_ADMIN_PASSWORD",
				"ORDERFLOW_CARRIER_WEBHOOK_SECRET", "ORDERFLOW_PAYMENT_WEBHOOK_SECRET", "ORDERFLOW_PUBLIC_BASE_URL",
				"ORDERFLOW_LINK_SIGNING_KEY", "ORDERFLOW_SIMULATORS_ALLOWED");
		return settings;
	}

	private static void recreateDatabase() throws SQLException {
		String database = DATABASE_URL.replaceAll("^.*/([^/?]+)(\\?.*)?$", "$1");
		assertThat(database).contains("test");
		try (Connection connection = DriverManager.getConnection(PostgresTestDatabase.URL, PostgresTestDatabase.USER,
				PostgresTestDatabase.PASSWORD); Statement statement = connection.createStatement()) {
			statement.execute("drop database if exists \"" + database + "\" with (force)");
			statement.execute("create database \"" + database + "\"");
		}
	}

}
