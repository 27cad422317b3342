package io.orderflow.bench.twin;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;

/**
 * The benchmark's twin baseline: a bare Camunda engine (Spring Boot starter, engine REST
 * API, the same {@code processes/*.bpmn} and {@code *.dmn}) with every OMS delegate and
 * listener replaced by a {@link TwinStep} and no OMS tables. The benchmark starts it as a
 * process of its own with {@code --spring.config.name=twin} (see {@code twin.yaml}), so
 * the application's own configuration is not read.
 * <p>
 * Deliberately no {@code @SpringBootApplication} or {@code @Configuration}: the OMS's
 * component scan covers {@code io.orderflow} in every test context and must not find the
 * twin's stand-ins, so they are registered by an initializer of this application only.
 */
@EnableAutoConfiguration
public class TwinEngine {

	public static void main(String[] args) {
		SpringApplication twin = new SpringApplication(TwinEngine.class);
		twin.addInitializers(context -> context
			.addBeanFactoryPostProcessor(factory -> TwinBeans.all(System.getProperty("twin.return-window", "PT1S"))
				.forEach(factory::registerSingleton)));
		twin.run(args);
	}

}
