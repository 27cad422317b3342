package io.orderflow.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.camunda.bpm.engine.spring.ProcessEngineFactoryBean;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.flyway.FlywayAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

class EngineAfterMigrationsTest {

	@Test
	void theEngineIsBuiltOnlyOnceOrderflowsTablesAreMigrated() {
		String url = "jdbc:h2:mem:engine-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
		List<String> tablesWhenTheEngineIsBuilt = new ArrayList<>();

		new ApplicationContextRunner().withBean("processEngineFactoryBean", ProcessEngineFactoryBean.class, () -> {
			tablesWhenTheEngineIsBuilt.addAll(tables(url));
			return new ProcessEngineFactoryBean();
		})
			.withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class, FlywayAutoConfiguration.class))
			.withUserConfiguration(EngineAfterMigrations.class)
			.withPropertyValues("spring.datasource.url=" + url, "spring.flyway.locations=classpath:db/migration")
			.run(context -> assertThat(context).hasNotFailed());

		assertThat(tablesWhenTheEngineIsBuilt).contains("customer_order", "flyway_schema_history");
	}

	private static List<String> tables(String url) {
		return JdbcClient.create(new DriverManagerDataSource(url, "sa", ""))
			.sql("select table_name from information_schema.tables where table_schema = 'PUBLIC'")
			.query(String.class)
			.list()
			.stream()
			.map(name -> name.toLowerCase(Locale.ROOT))
			.toList();
	}

}
