package io.orderflow.infrastructure;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.datasource.init.ScriptUtils;

/**
 * A Flyway migration that runs SQL scripts a library ships for each database (Camunda's
 * engine schema, Spring Session's tables), so they are applied once, under Flyway's lock,
 * however many nodes start at the same moment. A database that already has the library's
 * tables (created by the library itself before this migration existed) is left as it is;
 * without such a table to look for, the scripts always run.
 */
abstract class ScriptMigration implements JavaMigration {

	private final String version;

	private final String description;

	private final String existingTable;

	ScriptMigration(String version, String description, String existingTable) {
		this.version = version;
		this.description = description;
		this.existingTable = existingTable;
	}

	/** The classpath locations of the scripts for a database: "h2" or "postgres". */
	abstract List<String> scripts(String database);

	@Override
	public MigrationVersion getVersion() {
		return MigrationVersion.fromVersion(version);
	}

	@Override
	public String getDescription() {
		return description;
	}

	@Override
	public Integer getChecksum() {
		return null;
	}

	@Override
	public boolean canExecuteInTransaction() {
		return true;
	}

	@Override
	public void migrate(Context context) throws SQLException {
		Connection connection = context.getConnection();
		if (existingTable != null && tableExists(connection.getMetaData(), existingTable)) {
			return;
		}
		for (String script : scripts(database(connection.getMetaData()))) {
			ScriptUtils.executeSqlScript(connection, new ClassPathResource(script));
		}
	}

	private static String database(DatabaseMetaData metadata) throws SQLException {
		String product = metadata.getDatabaseProductName().toLowerCase(Locale.ROOT);
		if (product.contains("postgres")) {
			return "postgres";
		}
		if (product.contains("h2")) {
			return "h2";
		}
		throw new IllegalStateException("Orderflow runs on PostgreSQL or H2, not on " + product);
	}

	private static boolean tableExists(DatabaseMetaData metadata, String table) throws SQLException {
		for (String name : List.of(table.toLowerCase(Locale.ROOT), table.toUpperCase(Locale.ROOT))) {
			try (ResultSet tables = metadata.getTables(null, null, name, null)) {
				if (tables.next()) {
					return true;
				}
			}
		}
		return false;
	}

}
