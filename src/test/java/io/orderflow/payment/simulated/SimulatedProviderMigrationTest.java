package io.orderflow.payment.simulated;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import io.orderflow.payment.simulated.SimulatedProviderLedger.Entry;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.flyway.FlywayAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.JdbcClientAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.JdbcTemplateAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The simulated provider's ledger is in the database exactly while the simulator is the
 * payment provider: Orderflow's own migrations leave it out, the simulator's migrations
 * put it in, on a fresh database and on one from before.
 */
class SimulatedProviderMigrationTest {

	private final String url = "jdbc:h2:mem:simulator-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";

	private final ApplicationContextRunner application = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class, FlywayAutoConfiguration.class,
				JdbcTemplateAutoConfiguration.class, JdbcClientAutoConfiguration.class))
		.withUserConfiguration(SimulatedProviderMigration.class, SimulatedProviderDatabase.class,
				SimulatedProviderLedger.class, Settings.class)
		.withBean(Clock.class, Clock::systemUTC)
		.withPropertyValues("spring.datasource.url=" + url, "spring.flyway.locations=classpath:db/migration",
				"orderflow.payment.simulator.pool-size=2");

	@Test
	void withAnotherProviderTheSchemaHasNoSimulatorTables() {
		application.withPropertyValues("orderflow.payment.provider=acme").run(context -> {
			assertThat(context).hasNotFailed().doesNotHaveBean(SimulatedProviderLedger.class);
			assertThat(tables(context)).contains("customer_order", "payment", "payment_capture")
				.doesNotContain("payment_gateway_ledger", "payment_gateway_failure",
						"flyway_simulated_payment_history");
		});
	}

	@Test
	void withTheSimulatorItsLedgerKeepsItsBooksAcrossRestarts() {
		simulated().run(context -> {
			SimulatedProviderLedger ledger = context.getBean(SimulatedProviderLedger.class);
			ledger.record("OF-1:authorize", new Entry("AUTHORIZE", new BigDecimal("67.65"), true, "auth_1", null),
					"EUR", null);
			ledger.record("OF-1:capture", new Entry("CAPTURE", new BigDecimal("60.00"), true, "ch_1", null), "EUR",
					"auth_1");
			ledger.recordFailedAttempt("OF-2:authorize");
		});

		simulated().run(context -> {
			SimulatedProviderLedger ledger = context.getBean(SimulatedProviderLedger.class);
			assertThat(ledger.entry("OF-1:authorize")).hasValueSatisfying(entry -> {
				assertThat(entry.approved()).isTrue();
				assertThat(entry.reference()).isEqualTo("auth_1");
			});
			assertThat(ledger.approvedAuthorization("auth_1")).isPresent();
			assertThat(ledger.capturedAgainst("auth_1")).isEqualByComparingTo("60.00");
			assertThat(ledger.failedAttempts("OF-2:authorize")).isEqualTo(1);
		});
	}

	@Test
	void aDatabaseFromBeforeLosesTheOldLedgerOnceAndGetsTheSimulatorsOwn() {
		Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration").target("8").load().migrate();
		JdbcClient before = JdbcClient.create(new DriverManagerDataSource(url, "sa", ""));
		before
			.sql("insert into payment_gateway_ledger (idempotency_key, operation, reference, amount, currency, approved,"
					+ " authorization_reference, recorded_at) values ('OF-0:authorize', 'AUTHORIZE', 'auth_0', 10, 'EUR', true,"
					+ " null, current_timestamp)")
			.update();

		simulated().run(context -> {
			assertThat(tables(context)).contains("payment_gateway_ledger", "payment_gateway_failure");
			assertThat(context.getBean(SimulatedProviderLedger.class).entry("OF-0:authorize")).isEmpty();
		});
	}

	private ApplicationContextRunner simulated() {
		return application.withPropertyValues("orderflow.payment.provider=simulated");
	}

	private static List<String> tables(ApplicationContext context) {
		return context.getBean(JdbcClient.class)
			.sql("select table_name from information_schema.tables where table_schema = 'PUBLIC'")
			.query(String.class)
			.list()
			.stream()
			.map(name -> name.toLowerCase(Locale.ROOT))
			.toList();
	}

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties(SimulatedProviderProperties.class)
	static class Settings {

	}

}
