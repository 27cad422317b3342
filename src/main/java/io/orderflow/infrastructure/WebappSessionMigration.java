package io.orderflow.infrastructure;

import java.util.List;

import org.springframework.stereotype.Component;

/**
 * The tables of Spring Session JDBC, where the webapps' logins live so that a login on
 * one node is valid on every node.
 */
@Component
class WebappSessionMigration extends ScriptMigration {

	WebappSessionMigration() {
		super("13.1", "webapp sessions shared by all nodes", "SPRING_SESSION");
	}

	@Override
	List<String> scripts(String database) {
		String script = database.equals("postgres") ? "postgresql" : database;
		return List.of("org/springframework/session/jdbc/schema-" + script + ".sql");
	}

}
