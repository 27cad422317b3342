package io.orderflow.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import io.orderflow.OrderflowApi;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A manager who opens the dashboard before the first order sees a friendly "no data yet"
 * page, not a wall of empty tiles: on a database of its own, since every other HTTP test
 * shares one with orders in it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({ "demo", "test" })
@DirtiesContext
class DashboardOnEmptyDatabaseTest {

	@Autowired
	TestRestTemplate rest;

	@DynamicPropertySource
	static void emptyDatabase(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url",
				() -> "jdbc:h2:mem:dashboard-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=2000");
	}

	@Test
	void theDashboardSaysThereIsNoDataYet() {
		ResponseEntity<String> page = new OrderflowApi(rest).as("maria")
			.rest()
			.getForEntity("/dashboard", String.class);

		assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(page.getBody()).contains("<h2 id=\"no-data\">No data yet</h2>", "No order has been placed yet")
			.doesNotContain("Headline figures");
	}

}
