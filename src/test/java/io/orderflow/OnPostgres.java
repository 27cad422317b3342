package io.orderflow;

import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Runs the scenarios of the test class on a real PostgreSQL server, as in production (see
 * {@link PostgresTestDatabase}).
 */
@ExtendWith(PostgresTestDatabase.class)
public interface OnPostgres {

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) {
		PostgresTestDatabase.register(registry);
	}

}
