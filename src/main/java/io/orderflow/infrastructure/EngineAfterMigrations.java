package io.orderflow.infrastructure;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.spring.ProcessEngineFactoryBean;
import org.springframework.boot.autoconfigure.AbstractDependsOnBeanFactoryPostProcessor;
import org.springframework.boot.autoconfigure.flyway.FlywayMigrationInitializer;
import org.springframework.stereotype.Component;

/**
 * The process engine is built only after the Flyway migrations (Orderflow's and, as their
 * callback, the simulated provider's): on a fresh database Flyway refuses a schema the
 * engine has already filled, and the engine's first jobs run delegates that read the
 * migrated tables. Spring Boot orders JDBC users after Flyway, but not the engine.
 */
@Component
class EngineAfterMigrations extends AbstractDependsOnBeanFactoryPostProcessor {

	EngineAfterMigrations() {
		super(ProcessEngine.class, ProcessEngineFactoryBean.class, FlywayMigrationInitializer.class);
	}

}
