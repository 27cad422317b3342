package io.orderflow;

import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The lifecycle on a real PostgreSQL server, as in production (see {@link PostgresTestDatabase}). */
@ExtendWith(PostgresTestDatabase.class)
class OrderLifecyclePostgresTest extends OrderLifecycleScenarios {

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) {
		PostgresTestDatabase.register(registry);
	}

}
