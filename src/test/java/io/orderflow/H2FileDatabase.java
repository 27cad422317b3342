package io.orderflow;

import java.nio.file.Files;
import java.nio.file.Path;

import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * An H2 database in a file, as `./mvnw spring-boot:run` uses by default, migrated by
 * Orderflow's migrations. H2 writes whatever goes wrong inside it to a trace file next to
 * the database; that file is what a user's disk fills with.
 */
public final class H2FileDatabase {

	private final Path folder;

	private final JdbcClient jdbc;

	public H2FileDatabase(Path folder) {
		this.folder = folder;
		// One connection kept open, as the application's pool keeps the database open.
		SingleConnectionDataSource dataSource = new SingleConnectionDataSource(
				"jdbc:h2:file:" + folder.resolve("orderflow").toAbsolutePath() + ";DB_CLOSE_ON_EXIT=FALSE", "sa", "",
				true);
		Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
		this.jdbc = JdbcClient.create(dataSource);
	}

	public JdbcClient jdbc() {
		return jdbc;
	}

	/** What H2 traced: empty when nothing went wrong inside the database. */
	public String trace() throws java.io.IOException {
		Path trace = folder.resolve("orderflow.trace.db");
		return Files.exists(trace) ? Files.readString(trace) : "";
	}

}
