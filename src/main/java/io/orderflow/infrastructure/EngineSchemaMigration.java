package io.orderflow.infrastructure;

import java.util.List;

import org.springframework.stereotype.Component;

/**
 * Camunda's tables, created from the engine's own scripts by Flyway rather than by the
 * engine at start ({@code camunda.bpm.database.schema-update=false}): two nodes starting
 * together on an empty database raced to create them, and one of them died. An upgrade of
 * Camunda brings its upgrade scripts as a later migration of the same kind.
 */
@Component
class EngineSchemaMigration extends ScriptMigration {

	private static final List<String> PARTS = List.of("engine", "history", "identity", "case.engine", "case.history",
			"decision.engine", "decision.history");

	EngineSchemaMigration() {
		super("13", "camunda 7.24 engine schema", "ACT_GE_PROPERTY");
	}

	@Override
	List<String> scripts(String database) {
		return PARTS.stream()
			.map(part -> "org/camunda/bpm/engine/db/create/activiti." + database + ".create." + part + ".sql")
			.toList();
	}

}
