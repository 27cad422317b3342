package io.orderflow.catalog;

import javax.sql.DataSource;

import io.orderflow.infrastructure.StartupLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;
import org.springframework.stereotype.Component;

/**
 * Loads the demo catalogue and opening stock into a database that has no products yet.
 */
@Component
@Profile("demo")
class DemoCatalog implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoCatalog.class);

	private final ProductRepository products;

	private final DataSource dataSource;

	private final StartupLock startupLock;

	DemoCatalog(ProductRepository products, DataSource dataSource, StartupLock startupLock) {
		this.products = products;
		this.dataSource = dataSource;
		this.startupLock = startupLock;
	}

	@Override
	public void run(ApplicationArguments args) {
		startupLock.exclusively(() -> {
			if (products.count() > 0) {
				return;
			}
			new ResourceDatabasePopulator(new ClassPathResource("demo/demo-catalog.sql")).execute(dataSource);
			log.info("Loaded the demo catalogue and opening stock");
		});
	}

}
