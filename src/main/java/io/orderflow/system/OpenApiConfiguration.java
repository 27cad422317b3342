package io.orderflow.system;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

	@Bean
	OpenAPI orderflowApi() {
		return new OpenAPI()
			.info(new Info().title("Orderflow API")
				.version("v1")
				.description("Orders, catalogue and carrier events of the Orderflow order management system. "
						+ "Errors are application/problem+json. Calls need HTTP Basic of an Orderflow user, "
						+ "except webhooks, which are signed."))
			.components(new Components().addSecuritySchemes("basic",
					new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")))
			.addSecurityItem(new SecurityRequirement().addList("basic"));
	}

}
