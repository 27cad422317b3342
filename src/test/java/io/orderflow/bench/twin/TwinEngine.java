package io.orderflow.bench.twin;

import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/**
 * The benchmark's twin baseline: a bare Camunda engine (Spring Boot starter, engine REST
 * API, the same {@code processes/*.bpmn} and {@code *.dmn}) with every OMS delegate and
 * listener replaced by a {@link TwinStep} and no OMS tables. The benchmark starts it as a
 * process of its own with {@code --spring.config.name=twin} (see {@code twin.yaml}), so
 * the application's own configuration is not read.
 */
@SpringBootApplication
public class TwinEngine {

	public static void main(String[] args) {
		SpringApplication.run(TwinEngine.class, args);
	}

	/** Every bean the diagrams name, as the twin's no-op stand-in. */
	@Bean
	static BeanFactoryPostProcessor twinBeans() {
		return factory -> TwinBeans.all(System.getProperty("twin.return-window", "PT1S"))
			.forEach(factory::registerSingleton);
	}

}
