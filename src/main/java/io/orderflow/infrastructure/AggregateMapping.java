package io.orderflow.infrastructure;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.relational.core.mapping.RelationalMappingContext;

/** How Spring Data JDBC names the aggregates' tables and columns. */
@Configuration(proxyBeanMethods = false)
class AggregateMapping {

	/**
	 * Unquoted, as the migrations write them: H2 folds unquoted names to upper case and
	 * PostgreSQL to lower case, so a quoted lower-case name would miss the table on H2.
	 */
	@Bean
	static BeanPostProcessor unquotedIdentifiers() {
		return new BeanPostProcessor() {

			@Override
			public Object postProcessBeforeInitialization(Object bean, String beanName) {
				if (bean instanceof RelationalMappingContext mapping) {
					mapping.setForceQuote(false);
				}
				return bean;
			}

		};
	}

}
