package io.orderflow;

import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Access boundaries on a real PostgreSQL server: the engine's authorization checks are SQL of its own per database. */
@ExtendWith(PostgresTestDatabase.class)
class AccessBoundariesPostgresTest extends AccessBoundaryScenarios {

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) {
		PostgresTestDatabase.register(registry);
	}

}
